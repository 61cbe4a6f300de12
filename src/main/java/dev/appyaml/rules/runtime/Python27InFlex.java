package dev.appyaml.rules.runtime;

import dev.appyaml.model.Environment;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY223", name = "python27-in-flex", severity = Severity.ERROR,
    summary = "python27 is a standard runtime; the flexible environment uses runtime python",
    spec = {"AY-RT-008"})
public final class Python27InFlex implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().environment() != Environment.FLEXIBLE) {
      return;
    }
    ctx.app().runtime().filter(r -> r.value().equals("python27")).ifPresent(r -> ctx.report(r.range(),
        "runtime python27 is not valid with env: flex; gcloud refuses it and expects python",
        Fix.replaceWith("use runtime: python", "python")));
  }
}
