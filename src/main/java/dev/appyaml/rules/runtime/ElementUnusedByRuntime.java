package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

/**
 * Elements a first-generation runtime ignores although gcloud accepts them: threadsafe in
 * php55 (not a "Ti" runtime for gcloud, so not refused) and api_version in go111 (not part of
 * the Go 1.11 reference).
 */
@RuleInfo(id = "AY233", name = "element-unused-by-runtime", severity = Severity.WARNING,
    summary = "threadsafe is not used by php55, nor api_version by go111",
    spec = {"AY-PHP55-004", "AY-GO111-003"})
public final class ElementUnusedByRuntime implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    if (ctx.platform().isRuntime("php55")) {
      ctx.app().threadsafe().ifPresent(t -> ctx.report(t.keyRange(),
          "threadsafe is not used by php55; PHP handles concurrency itself", Fix.hint("remove it")));
    }
    if (ctx.platform().isRuntime("go111")) {
      ctx.app().apiVersion().ifPresent(v -> ctx.report(v.keyRange(),
          "api_version is not part of the Go 1.11 app.yaml reference; go111 ignores it", Fix.hint("remove it")));
    }
  }
}
