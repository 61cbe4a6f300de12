package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code includes} entry must name an existing file, relative to the including file's
 * folder (or an absolute path); a folder stands for its {@code include.yaml}. gcloud would also
 * try the path relative to its working directory, which a linter cannot know, so that is not
 * tried. Files read from standard input have no folder and are not checked.
 */
@RuleInfo(id = "AY229", name = "include-not-found", severity = Severity.ERROR,
    summary = "each file named in includes must exist",
    spec = {"AY-INC-002", "AY-INC-001"})
public final class IncludeNotFound implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Path> file = ctx.file().path();
    if (file.isEmpty()) {
      return;
    }
    Path folder = Optional.ofNullable(file.get().toAbsolutePath().getParent()).orElse(Path.of("."));
    List<Located<String>> includes = ctx.app().includes().map(Located::value).orElse(List.of());
    for (Located<String> include : includes) {
      if (!exists(folder, include.value())) {
        ctx.report(include.range(), "included file " + include.value()
                + " is not found in the folder of this file; gcloud stops with IncludeFileNotFound",
            Fix.hint("correct the path, or add the file"));
      }
    }
  }

  private static boolean exists(Path folder, String include) {
    try {
      return resolves(folder.resolve(include));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean resolves(Path candidate) {
    return Files.isRegularFile(candidate)
        || Files.isDirectory(candidate) && Files.isRegularFile(candidate.resolve("include.yaml"));
  }
}
