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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "AY404", name = "http-header-name", severity = Severity.ERROR,
    summary = "http_headers may only name response headers App Engine lets an app set, at most 500 of them",
    spec = {"AY-HDR-002", "AY-HDR-003", "AY-HDR-004", "AY-HDR-005", "AY-HDR-006", "AY-HDR-007", "AY-HDR-010"},
    severityVaries = "warning for a header repeated in other letter case")
public final class HttpHeaderName implements Rule {

  /** RFC 2616 separators, which a header name (a token) must not contain. */
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      List<Map.Entry<Located<String>, Located<String>>> headers = HttpHeaders.inOrder(handler.value());
      if (headers.size() > HttpHeaders.MAX_HEADERS) {
        ctx.report(handler.value().httpHeaders().get().keyRange(), "http_headers has " + headers.size()
            + " entries; expected at most " + HttpHeaders.MAX_HEADERS, Fix.hint("remove headers"));
      }
      Map<String, Located<String>> byLowerName = new HashMap<>();
      for (Map.Entry<Located<String>, Located<String>> header : headers) {
        Located<String> name = header.getKey();
        String lower = name.value().toLowerCase(Locale.ROOT);
        problem(name.value(), lower).ifPresentOrElse(
            p -> ctx.report(name.range(), p, Fix.hint("remove " + Handlers.shown(name.value()))),
            () -> duplicate(ctx, name, byLowerName.get(lower)));
        byLowerName.putIfAbsent(lower, name);
      }
    }
  }

  /** gcloud's checks, in gcloud's order; the first that fails. */
  private static Optional<String> problem(String name, String lower) {
    if (!HttpHeaders.isAscii(name)) {
      return Optional.of("header name " + Handlers.shown(name) + " contains non-ASCII characters; expected an ASCII name");
    }
    if (!isToken(name)) {
      return Optional.of("header name " + Handlers.shown(name) + " is not an HTTP token; expected visible characters other than "
          + "()<>@,;:\\\"/[]?={}");
    }
    if (HttpHeaders.REQUEST_ONLY.contains(lower)) {
      return Optional.of(Handlers.shown(name) + " is a request header; expected a response header");
    }
    if (lower.startsWith(HttpHeaders.RESERVED_PREFIX)) {
      return Optional.of(Handlers.shown(name) + " starts with X-Appengine, which is reserved for App Engine");
    }
    if (HttpHeaders.HOP_BY_HOP.contains(lower)) {
      return Optional.of(Handlers.shown(name) + " is a hop-by-hop header; expected an end-to-end header");
    }
    if (HttpHeaders.DISALLOWED.contains(lower)) {
      return Optional.of(Handlers.shown(name) + " is set by App Engine and cannot be set in http_headers");
    }
    return Optional.empty();
  }

  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static void duplicate(RuleContext ctx, Located<String> name, Located<String> earlier) {
    if (earlier != null && !earlier.value().equals(name.value())) {
      ctx.report(Severity.WARNING, name.range(), Handlers.shown(name.value()) + " repeats header " + Handlers.shown(earlier.value()) + " from line "
          + earlier.range().start().line() + " in other letter case; which of the two values is served is arbitrary",
          Optional.of(Fix.hint("keep one " + Handlers.shown(earlier.value()) + " entry")));
    }
  }
}
