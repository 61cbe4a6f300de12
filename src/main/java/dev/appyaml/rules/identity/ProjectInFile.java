package dev.appyaml.rules.identity;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY203", name = "project-in-file", severity = Severity.ERROR,
    summary = "gcloud refuses application or project in the file; the project comes from --project",
    spec = {"AY-ID-009"})
public final class ProjectInFile implements Rule {

  @Override
  public void check(RuleContext ctx) {
    report(ctx, "application", ctx.app().identity().application());
    report(ctx, "project", ctx.app().identity().project());
  }

  private static void report(RuleContext ctx, String key, Optional<Located<String>> value) {
    value.ifPresent(v -> ctx.report(v.keyRange(),
        key + " is set in the file; gcloud refuses it and takes the project from --project"
            + " or gcloud config set project",
        Fix.hint("remove " + key + " and deploy with --project " + v.value())));
  }
}
