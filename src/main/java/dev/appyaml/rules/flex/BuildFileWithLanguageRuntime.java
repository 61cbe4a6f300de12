package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.nio.file.Path;
import java.util.Optional;

/**
 * With any flexible runtime other than {@code custom}, gcloud refuses a Dockerfile or a
 * cloudbuild.yaml in the source folder ({@code DockerfileError}, {@code CloudbuildYamlError}):
 * it will not guess which of the two builds the user meant. Only the folder of the service file
 * is looked at, and a .NET project's Dockerfile that its project file keeps out of the publish
 * folder (from which such a project deploys) does not count.
 */
@RuleInfo(id = "AY604", name = "build-file-with-language-runtime", severity = Severity.ERROR,
    summary = "a Dockerfile or cloudbuild.yaml next to a flexible service file needs runtime custom",
    spec = {"AY-FLX-007", "AY-FLX-050"})
public final class BuildFileWithLanguageRuntime implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Located<String>> runtime = ctx.app().runtime().filter(r -> !r.value().equals("custom"));
    Optional<Path> folder = Flex.sourceDir(ctx);
    if (!Flex.isFlex(ctx) || runtime.isEmpty() || folder.isEmpty()) {
      return;
    }
    BuildFiles files = BuildFiles.in(folder.get());
    boolean dockerfileUnpublished = runtime.get().value().equals("aspnetcore") && DotnetPublish.keepsDockerfileOut(folder.get());
    if (files.dockerfile() && !dockerfileUnpublished) {
      report(ctx, runtime.get(), BuildFiles.DOCKERFILE, "DockerfileError");
    } else if (files.cloudbuild()) {
      report(ctx, runtime.get(), BuildFiles.CLOUDBUILD, "CloudbuildYamlError");
    }
  }

  private static void report(RuleContext ctx, Located<String> runtime, String file, String error) {
    ctx.report(runtime.range(), "the folder of this file has a " + file + ", but runtime is " + runtime.value()
            + "; gcloud stops with " + error + " (only runtime custom builds from it)",
        Fix.hint("set runtime: custom to build from the " + file + ", or move the " + file + " away"));
  }
}
