package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;
import java.nio.file.Path;

/**
 * Where gcloud still honours skip_files (python27, php55, java8, Ruby, the flexible environment),
 * it refuses to deploy when a {@code .gcloudignore} sits next to the file as well: the two ways to
 * exclude files cannot be combined. Second-generation runtimes refuse skip_files outright (AY502).
 */
@RuleInfo(id = "AY530", name = "skip-files-and-gcloudignore", severity = Severity.ERROR,
    summary = "skip_files cannot be combined with a .gcloudignore file",
    spec = {"AY-SKIP-004"})
public final class SkipFilesAndGcloudignore implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().gcloudTreatsAsSecondGeneration() || ctx.file().path().isEmpty()) {
      return;
    }
    Path folder = ctx.file().path().get().toAbsolutePath().getParent();
    if (folder == null || !ctx.file().disk().isRegularFile(folder.resolve(".gcloudignore"))) {
      return;
    }
    ctx.app().skipFiles().filter(skip -> !(skip.value() instanceof ScalarNode s && s.isNull()))
        .ifPresent(skip -> ctx.report(skip.keyRange(), "skip_files is set and a .gcloudignore file sits next to this"
            + " file; gcloud stops with \"Cannot have both a .gcloudignore file and skip_files\"",
        Fix.hint("move the patterns into .gcloudignore and remove skip_files, or delete .gcloudignore")));
  }
}
