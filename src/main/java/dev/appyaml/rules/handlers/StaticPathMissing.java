package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.regex.PatternMemo;
import dev.appyaml.regex.UserRegex;
import dev.appyaml.rule.Disk;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Static paths checked against the files beside app.yaml. Only runs for files read from disk;
 * paths with back-references are judged through {@code upload} instead.
 */
@RuleInfo(id = "AY425", name = "static-path-missing", severity = Severity.WARNING,
    summary = "static_dir, static_files and upload should name files that exist beside app.yaml",
    spec = {"AY-STA-006", "AY-STA-007"})
public final class StaticPathMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Path> appDir = ctx.file().path().map(p -> p.toAbsolutePath().getParent());
    if (appDir.isEmpty() || !ctx.platform().isStandard()) {
      return;
    }
    List<Located<Handler>> handlers = ctx.app().handlerList();
    Disk disk = ctx.file().disk();
    for (Located<Handler> located : handlers) {
      Handler h = located.value();
      h.staticDir().filter(dir -> !disk.isDirectory(appDir.get().resolve(strip(dir.value()))))
          .ifPresent(dir -> ctx.report(dir.range(), "static_dir " + dir.value() + " is not a directory beside this file",
              Fix.hint("create it, or fix the path (it is relative to the directory of app.yaml)")));
      Optional<Located<String>> staticFiles = h.staticFiles().filter(f -> !f.value().contains("\\"));
      staticFiles.filter(f -> !disk.isRegularFile(appDir.get().resolve(strip(f.value()))))
          .ifPresent(f -> ctx.report(f.range(), "static_files " + f.value() + " is not a file beside this file"));
    }
    checkUploads(ctx, appDir.get(), handlers);
  }

  /** Each upload pattern against the files gcloud would upload, listed once for all of them. */
  private static void checkUploads(RuleContext ctx, Path appDir, List<Located<Handler>> handlers) {
    Map<Located<String>, UserRegex> uploads = new LinkedHashMap<>();
    for (Located<Handler> located : handlers) {
      Handler h = located.value();
      if (h.staticFiles().isPresent() && h.upload().isPresent()) {
        PatternMemo.compile(h.upload().get().value()).ifPresent(p -> uploads.put(h.upload().get(), p));
      }
    }
    if (uploads.isEmpty()) {
      return;
    }
    List<String> prefixes = uploads.keySet().stream().map(u -> UploadedFiles.literalPrefix(u.value())).toList();
    UploadedFiles.list(ctx.file().disk(), appDir, prefixes).ifPresent(files -> uploads.forEach((upload, pattern) -> {
      List<UserRegex.Caveat> caveats = new ArrayList<>();
      for (String file : files) {
        UserRegex.Verdict verdict = pattern.matches(file, UserRegex.Anchor.FULL);
        if (!verdict.is(UserRegex.Outcome.NO_MATCH)) {
          return;
        }
        caveats.addAll(verdict.caveats());
      }
      ctx.report(upload.range(), "upload " + upload.value()
          + " matches no file beside this file, so nothing is uploaded for this handler" + UserRegex.clause(caveats));
    }));
  }

  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
