package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "AY405", name = "http-header-value", severity = Severity.ERROR,
    summary = "an http_headers value must be printable ASCII and keep the header within gcloud's length limits",
    spec = {"AY-HDR-008", "AY-HDR-009"})
public final class HttpHeaderValue implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      for (Map.Entry<Located<String>, Located<String>> header : HttpHeaders.inOrder(handler.value())) {
        String name = header.getKey().value();
        Located<String> value = header.getValue();
        problem(name, value.value()).ifPresent(p -> ctx.report(value.range(), p, Fix.hint(fix(p))));
      }
    }
  }

  private static Optional<String> problem(String name, String value) {
    if (!HttpHeaders.isAscii(value)) {
      return Optional.of("value of " + Handlers.shown(name) + " contains non-ASCII characters; expected printable ASCII");
    }
    if (!HttpHeaders.isPrintableAscii(value)) {
      return Optional.of("value of " + Handlers.shown(name) + " contains a tab, line break or other control character;"
          + " expected printable ASCII");
    }
    if (!HttpHeaders.isAscii(name)) {
      return Optional.empty();
    }
    int line = name.length() + ": ".length() + value.length() + "\r\n".length();
    if (line < HttpHeaders.MAX_LINE) {
      return Optional.empty();
    }
    Integer limit = HttpHeaders.VALUE_LIMITS.get(name.toLowerCase(Locale.ROOT));
    if (limit == null) {
      return Optional.of("header " + Handlers.shown(name) + " is " + line + " bytes long with its name; expected fewer than "
          + HttpHeaders.MAX_LINE);
    }
    if (value.length() > limit) {
      return Optional.of("value of " + Handlers.shown(name) + " is " + value.length() + " characters long; expected at most " + limit);
    }
    return Optional.empty();
  }

  private static String fix(String problem) {
    return problem.contains("long") ? "shorten the value" : "remove the offending characters";
  }
}
