package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.regex.PythonRegex;
import dev.appyaml.regex.UserRegex;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Static paths checked against the files beside app.yaml. Only runs for files read from disk;
 * paths with back-references are judged through {@code upload} instead.
 */
@RuleInfo(id = "AY425", name = "static-path-missing", severity = Severity.WARNING,
    summary = "static_dir, static_files and upload should name files that exist beside app.yaml",
    spec = {"AY-STA-006", "AY-STA-007"})
public final class StaticPathMissing implements Rule {

  /** Enough for any real app; bounds the walk on a huge directory. */
  private static final int MAX_FILES = 20_000;

  @Override
  public void check(RuleContext ctx) {
    Optional<Path> appDir = ctx.file().path().map(p -> p.toAbsolutePath().getParent());
    if (appDir.isEmpty() || !ctx.platform().isStandard()) {
      return;
    }
    List<String> files = null;
    for (Located<Handler> located : ctx.app().handlerList()) {
      Handler h = located.value();
      h.staticDir().filter(dir -> !Files.isDirectory(appDir.get().resolve(strip(dir.value()))))
          .ifPresent(dir -> ctx.report(dir.range(), "static_dir " + dir.value() + " is not a directory beside this file",
              Fix.hint("create it, or fix the path (it is relative to the directory of app.yaml)")));
      Optional<Located<String>> staticFiles = h.staticFiles().filter(f -> !f.value().contains("\\"));
      staticFiles.filter(f -> !Files.isRegularFile(appDir.get().resolve(strip(f.value()))))
          .ifPresent(f -> ctx.report(f.range(), "static_files " + f.value() + " is not a file beside this file"));
      if (h.staticFiles().isPresent() && h.upload().isPresent()) {
        Optional<UserRegex> upload = pattern(h.upload().get().value());
        if (upload.isPresent()) {
          if (files == null) {
            files = list(appDir.get());
          }
          if (files.stream().allMatch(f -> upload.get().matches(f, UserRegex.Anchor.FULL) == UserRegex.Outcome.NO_MATCH)) {
            ctx.report(h.upload().get().range(), "upload " + h.upload().get().value()
                + " matches no file beside this file, so nothing is uploaded for this handler");
          }
        }
      }
    }
  }

  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** The upload pattern, when Python reads it (a pattern it refuses is AY-reported elsewhere). */
  private static Optional<UserRegex> pattern(String regex) {
    return PythonRegex.analyze(regex).error().isPresent() ? Optional.empty() : UserRegex.compile(regex);
  }

  /** The files under the app's folder, skipping what cannot be read (as gcloud's upload would fail on it). */
  private static List<String> list(Path root) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()) {
            files.add(root.relativize(file).toString().replace('\\', '/'));
          }
          return files.size() < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // nothing more can be listed; judge by what was
    }
    return files;
  }
}
