package dev.appyaml.rules.handlers;

import dev.appyaml.model.ErrorHandler;
import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(id = "AY424", name = "static-path-advisory", severity = Severity.WARNING,
    summary = "static file and directory paths should pass Google's file-name check (relative, no .., no //)",
    spec = {"AY-STA-009"})
public final class StaticPathAdvisory implements Rule {

  private static final int MAX_LENGTH = 1024;
  private static final Pattern SPACE_AT_SEGMENT_EDGE = Pattern.compile("^ | $|/ | /");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().staticFiles().ifPresent(p -> check(ctx, "static_files", p, false));
      handler.value().staticDir().ifPresent(p -> check(ctx, "static_dir", p, true));
    }
    for (Located<ErrorHandler> handler : ctx.app().errorHandlers().map(Located::value).orElse(java.util.List.of())) {
      handler.value().file().ifPresent(p -> check(ctx, "file", p, false));
    }
  }

  private static void check(RuleContext ctx, String key, Located<String> path, boolean directory) {
    problem(path.value(), directory).ifPresent(p -> ctx.report(path.range(),
        key + " " + Handlers.shown(path.value()) + " " + p, Fix.hint("write the path relative to the app's root directory")));
  }

  /**
   * The first of gcloud's {@code ValidFilename} objections, in its order (spec AY-STA-009). A
   * directory may end with one slash: the check is written for file names.
   */
  static Optional<String> problem(String path, boolean directory) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (path.length() > MAX_LENGTH) {
      return Optional.of("is " + path.length() + " characters long; expected at most " + MAX_LENGTH);
    }
    String p = directory && path.length() > 1 && path.endsWith("/") && !path.endsWith("//")
        ? path.substring(0, path.length() - 1) : path;
    if (p.contains("..")) {
      return Optional.of("contains ..; expected a path inside the app's directory");
    }
    if (p.startsWith("./")) {
      return Optional.of("starts with ./; expected the path without it");
    }
    if (p.endsWith(".")) {
      return Optional.of("ends with a dot; expected a file or directory name");
    }
    if (p.contains("/./")) {
      return Optional.of("contains /./; expected the path without it");
    }
    if (p.startsWith("-")) {
      return Optional.of("starts with -; expected a name starting with another character");
    }
    if (p.startsWith("_ah/")) {
      return Optional.of("starts with _ah/, which is reserved for App Engine; expected another directory");
    }
    if (p.startsWith("/")) {
      return Optional.of("starts with /; expected a path relative to the app's root directory");
    }
    if (p.contains("//")) {
      return Optional.of("contains //; expected single slashes");
    }
    if (p.endsWith("/")) {
      return Optional.of("ends with /; expected a file name");
    }
    if (SPACE_AT_SEGMENT_EDGE.matcher(p).find()) {
      return Optional.of("has a space at the start or end of a path segment; expected spaces only inside names");
    }
    if (p.contains("\r") || p.contains("\n")) {
      return Optional.of("contains a line break; expected a single-line path");
    }
    return Optional.empty();
  }
}
