package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "AY412", name = "unreachable-handler", severity = Severity.WARNING,
    summary = "a handler after a catch-all handler, or after one with the same url pattern, is never used",
    spec = {"AY-HND-004", "AY-URL-007"})
public final class UnreachableHandler implements Rule {

  /** Patterns that match every request path (paths always start with a slash). */
  private static final Set<String> CATCH_ALL = Set.of("/.*", ".*", "/(.*)", "(.*)", "(/.*)", ".+", "(.+)");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    List<Located<Handler>> handlers = ctx.app().handlerList();
    Map<String, Located<Handler>> firstWithKey = new HashMap<>();
    Located<Handler> catchAll = null;
    for (Located<Handler> handler : handlers) {
      Optional<String> key = matchKey(handler.value());
      if (key.isEmpty()) {
        continue;
      }
      Located<Handler> sameKey = firstWithKey.get(key.get());
      if (catchAll != null && (sameKey == null || catchAll.range().compareTo(sameKey.range()) < 0)) {
        report(ctx, handler, catchAll, " matches every path");
      } else if (sameKey != null) {
        report(ctx, handler, sameKey, url(sameKey).equals(url(handler))
            ? " has the same url pattern" : " has an equivalent url pattern");
      }
      // A handler with require_matching_file lets requests for files it lacks fall through.
      if (!handler.value().requireMatchingFile().map(Located::value).orElse(false)) {
        firstWithKey.putIfAbsent(key.get(), handler);
        if (catchAll == null && CATCH_ALL.contains(key.get())) {
          catchAll = handler;
        }
      }
    }
  }

  private static void report(RuleContext ctx, Located<Handler> later, Located<Handler> earlier, String why) {
    int line = earlier.range().start().line();
    ctx.report(later.value().url().get().range(), Handlers.name(later) + " is never used: " + Handlers.name(earlier)
        + " at line " + line + why + " and comes first", Fix.hint("move this handler above line " + line
        + ", or remove it"));
  }

  /**
   * What decides which requests a handler takes: its url as a full-match pattern, with a redundant
   * final {@code $} dropped; a static_dir url is a prefix, so it only equals another static_dir url.
   */
  private static Optional<String> matchKey(Handler handler) {
    Optional<String> url = handler.url().map(Located::value);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    if (HandlerType.of(handler.node()).filter(t -> t == HandlerType.STATIC_DIR).isPresent()) {
      return Optional.of("static_dir " + url.get());
    }
    return Optional.of(withoutFinalDollar(url.get()));
  }

  private static Optional<String> url(Located<Handler> handler) {
    return handler.value().url().map(Located::value);
  }

  /** {@code /a$} and {@code /a} match the same paths; an escaped {@code \$} is kept. */
  static String withoutFinalDollar(String url) {
    if (!url.endsWith("$")) {
      return url;
    }
    int backslashes = 0;
    for (int k = url.length() - 2; k >= 0 && url.charAt(k) == '\\'; k--) {
      backslashes++;
    }
    return backslashes % 2 == 0 ? url.substring(0, url.length() - 1) : url;
  }
}
