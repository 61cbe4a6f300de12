package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY220", name = "missing-runtime", severity = Severity.ERROR,
    summary = "the standard environment needs a runtime",
    spec = {"AY-RT-001"})
public final class MissingRuntime implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.app().runtime().isPresent()) {
      return;
    }
    Fix fix = Fix.hint("add a runtime such as python313, or env: flex for the flexible environment");
    ctx.root().entry("runtime").ifPresentOrElse(
        entry -> {
          if (entry.value() instanceof ScalarNode s && s.isNull()) {
            ctx.report(entry.key().range(), "runtime has no value; the standard environment requires one", fix);
          }
        },
        () -> ctx.report(ctx.root().range(), "runtime is missing; the standard environment requires one", fix));
  }
}
