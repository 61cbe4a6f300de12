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
 * {@code runtime: custom} builds from the source folder's Dockerfile, or from its
 * cloudbuild.yaml instead; gcloud stops when there is neither ({@code NoDockerfileError}) or both
 * ({@code CustomRuntimeFilesError}). A service file in {@code src/main/appengine} also counts
 * the {@code src/main/docker/Dockerfile} the Maven and Gradle plugins stage. Files read from
 * standard input have no folder and are not checked.
 */
@RuleInfo(id = "AY603", name = "custom-runtime-build-file", severity = Severity.ERROR,
    summary = "runtime custom needs exactly one of a Dockerfile and a cloudbuild.yaml next to the service file",
    spec = {"AY-FLX-002"})
public final class CustomRuntimeBuildFile implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Located<String>> runtime = ctx.app().runtime().filter(r -> r.value().equals("custom"));
    Optional<Path> folder = Flex.sourceDir(ctx);
    if (!Flex.isFlex(ctx) || runtime.isEmpty() || folder.isEmpty()) {
      return;
    }
    BuildFiles files = BuildFiles.in(folder.get());
    if (files.dockerfile() && files.cloudbuild()) {
      ctx.report(runtime.get().range(), "the folder of this file has both a Dockerfile and a cloudbuild.yaml;"
              + " runtime custom needs exactly one of them (gcloud stops with CustomRuntimeFilesError)",
          Fix.hint("remove the Dockerfile or the cloudbuild.yaml"));
    } else if (!files.dockerfile() && !files.cloudbuild() && !BuildFiles.stagedDockerfile(folder.get())) {
      ctx.report(runtime.get().range(), "runtime custom needs a Dockerfile (or a cloudbuild.yaml) next to this"
              + " file, and there is none; gcloud stops with NoDockerfileError",
          Fix.hint("add a Dockerfile, or use a language runtime such as python or nodejs"));
    }
  }
}
