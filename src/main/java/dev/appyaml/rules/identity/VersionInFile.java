package dev.appyaml.rules.identity;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY201", name = "version-in-file", severity = Severity.ERROR,
    summary = "gcloud refuses a version given in the file; the version comes from --version",
    spec = {"AY-ID-007"})
public final class VersionInFile implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.app().identity().version().ifPresent(v -> ctx.report(v.keyRange(),
        "version is set in the file; gcloud refuses it and takes the version from --version",
        Fix.hint("remove version and deploy with gcloud app deploy --version " + v.value())));
  }
}
