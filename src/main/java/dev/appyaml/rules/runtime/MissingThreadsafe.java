package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY224", name = "missing-threadsafe", severity = Severity.ERROR,
    summary = "python27 needs threadsafe set to true or false",
    spec = {"AY-TS-001", "AY-PY27-001"})
public final class MissingThreadsafe implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isRuntime("python27") || ctx.app().threadsafe().isPresent()) {
      return;
    }
    Fix fix = Fix.hint("add threadsafe: true (or false if the app is not thread-safe)");
    ctx.root().entry("threadsafe").ifPresentOrElse(
        entry -> {
          if (entry.value() instanceof ScalarNode s && s.isNull()) {
            ctx.report(entry.key().range(), "threadsafe has no value; gcloud requires true or false for python27", fix);
          }
        },
        () -> ctx.report(ctx.root().range(), "threadsafe is missing; gcloud requires it for python27", fix));
  }
}
