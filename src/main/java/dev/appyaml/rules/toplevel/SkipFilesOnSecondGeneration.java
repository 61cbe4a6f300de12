package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY502", name = "skip-files-on-second-generation", severity = Severity.ERROR,
    summary = "skip_files is refused for second-generation runtimes; list ignored files in .gcloudignore",
    spec = {"AY-SKIP-003", "AY-GO111-002"})
public final class SkipFilesOnSecondGeneration implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.app().skipFiles().ifPresent(skip -> {
      if (ctx.platform().gcloudTreatsAsSecondGeneration()) {
        ctx.report(skip.keyRange(), "skip_files cannot be used with runtime " + ctx.platform().runtime().orElse("")
            + "; gcloud refuses the deploy and expects ignore patterns in .gcloudignore",
            Fix.hint("move the patterns to a .gcloudignore file next to app.yaml"));
      }
    });
  }
}
