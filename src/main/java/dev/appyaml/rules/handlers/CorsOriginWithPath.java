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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(id = "AY423", name = "cors-origin-with-path", severity = Severity.INFO,
    summary = "an Access-Control-Allow-Origin value should be * or an origin (scheme://host[:port]) without a path",
    spec = {"AY-HDR-012"})
public final class CorsOriginWithPath implements Rule {

  /** An origin followed by a slash: a path, or just a trailing slash. */
  private static final Pattern ORIGIN_WITH_PATH = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s]+)/.*");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      for (Map.Entry<Located<String>, Located<String>> header : HttpHeaders.inOrder(handler.value())) {
        if (!header.getKey().value().toLowerCase(Locale.ROOT).equals("access-control-allow-origin")) {
          continue;
        }
        Located<String> value = header.getValue();
        Matcher m = ORIGIN_WITH_PATH.matcher(value.value().strip());
        if (m.matches()) {
          ctx.report(value.range(), Handlers.shown(header.getKey().value()) + " is " + Handlers.shown(value.value().strip())
              + ", which browsers never match: an origin has no path or trailing slash; expected " + m.group(1)
              + " or *", Fix.replaceWith("write " + m.group(1), m.group(1)));
        }
      }
    }
  }
}
