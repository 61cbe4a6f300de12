package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;
import dev.appyaml.yaml.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go service without {@code main} is built from the folder of its {@code app.yaml}, so that
 * folder must hold {@code package main}. Only folders that hold Go sources (a {@code go.mod} or
 * {@code .go} files) are judged: a folder of configuration alone says nothing about the app.
 */
@RuleInfo(id = "AY508", name = "go-main-package-missing", severity = Severity.WARNING,
    summary = "a Go service whose folder has no package main must name it with main",
    spec = {"AY-MAIN-004"})
public final class GoMainPackageMissing implements Rule {

  private static final int MAX_FILES = 500;
  private static final int HEAD_BYTES = 64 * 1024;
  private static final Pattern PACKAGE = Pattern.compile("package\\s+([A-Za-z_][A-Za-z0-9_]*)");
  private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !RuntimeLanguage.is(ctx.platform(), Language.GO)
        || ctx.file().path().isEmpty() || hasMain(ctx)) {
      return;
    }
    Path folder = ctx.file().path().get().toAbsolutePath().getParent();
    if (folder == null || !holdsGoSources(folder) || hasPackageMain(folder)) {
      return;
    }
    ctx.app().runtime().ifPresent(runtime -> ctx.report(runtime.range(),
        "no .go file in the folder of this file declares package main, and main is not set;"
            + " expected main: with the path of the main package",
        Fix.hint("add main: ./cmd/server (the folder of package main, relative to this file)")));
  }

  private static boolean hasMain(RuleContext ctx) {
    return ctx.root().entry("main").filter(e -> !(e.value() instanceof ScalarNode s && s.isNull())).isPresent();
  }

  private static boolean holdsGoSources(Path folder) {
    return Files.isRegularFile(folder.resolve("go.mod")) || !goFiles(folder, 1).isEmpty();
  }

  private static boolean hasPackageMain(Path folder) {
    return goFiles(folder, MAX_FILES).stream()
        .filter(f -> !f.getFileName().toString().endsWith("_test.go"))
        .anyMatch(f -> packageName(f).filter("main"::equals).isPresent());
  }

  private static List<Path> goFiles(Path folder, int limit) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.go")) {
      for (Path file : stream) {
        if (files.size() >= limit) {
          break;
        }
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    } catch (IOException | SecurityException e) {
      return List.of();
    }
    return files;
  }

  /** The name in the file's package clause, after leading comments and white space. */
  static Optional<String> packageName(Path file) {
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    int i = text.startsWith(UTF8_BOM_AS_LATIN1) ? UTF8_BOM_AS_LATIN1.length() : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    Matcher m = PACKAGE.matcher(text).region(i, text.length());
    return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
