package dev.appyaml.rules.toplevel;

import dev.appyaml.model.ErrorHandler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Custom error pages are limited to 10 KB each. The file is looked up relative to the folder of
 * this file (the app root); a file that is not there is not judged, nor is standard input.
 */
@RuleInfo(id = "AY523", name = "error-file-too-large", severity = Severity.ERROR,
    summary = "an error_handlers file must not be larger than 10 KB",
    spec = {"AY-ERR-007"})
public final class ErrorFileTooLarge implements Rule {

  static final long LIMIT = 10 * 1024;

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.file().path().isEmpty()) {
      return;
    }
    Path folder = ctx.file().path().get().toAbsolutePath().getParent();
    if (folder == null) {
      return;
    }
    for (Located<ErrorHandler> handler : ctx.app().errorHandlers().map(Located::value).orElse(List.of())) {
      handler.value().file().ifPresent(file -> {
        long size = size(folder, file.value());
        if (size > LIMIT) {
          ctx.report(file.range(), "error page " + file.value() + " is " + size + " bytes; expected at most 10 KB ("
              + LIMIT + " bytes), the limit for custom error pages",
              Fix.hint("make the page smaller, for example by linking styles and images"));
        }
      });
    }
  }

  private static long size(Path folder, String file) {
    try {
      Path path = folder.resolve(file);
      return Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (InvalidPathException | IOException | SecurityException e) {
      return -1;
    }
  }
}
