package dev.appyaml.rules.runtime;

import dev.appyaml.model.AppYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY222", name = "custom-runtime-without-env", severity = Severity.ERROR,
    summary = "runtime custom needs env set explicitly",
    spec = {"AY-RT-007"})
public final class CustomRuntimeWithoutEnv implements Rule {

  @Override
  public void check(RuleContext ctx) {
    AppYaml app = ctx.app();
    boolean vm = app.vm().map(v -> v.value()).orElse(false);
    if (app.env().isPresent() || vm) {
      return;
    }
    app.runtime().filter(r -> r.value().equals("custom")).ifPresent(r -> ctx.report(r.range(),
        "runtime custom needs env set explicitly; gcloud refuses it without env",
        Fix.hint("add env: flex")));
  }
}
