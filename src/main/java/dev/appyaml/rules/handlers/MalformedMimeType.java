package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.regex.Pattern;

@RuleInfo(id = "AY420", name = "malformed-mime-type", severity = Severity.WARNING,
    summary = "mime_type should be a media type of the form type/subtype",
    spec = {"AY-STA-010"})
public final class MalformedMimeType implements Rule {

  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*+";
  private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]++";
  /** RFC 6838 type and subtype names, then optional RFC 7231 parameters ({@code ; charset=utf-8}). */
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      NAME + "/" + NAME + "(?:\\s*+;\\s*+" + TOKEN + "=(?:" + TOKEN + "|\"[^\"]*+\"))*+");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().mimeType().filter(m -> !MEDIA_TYPE.matcher(m.value()).matches()).ifPresent(m ->
          ctx.report(m.range(), "mime_type is " + Handlers.shown(m.value()) + "; expected a media type such as text/html or"
              + " application/json", Fix.hint("write the type as type/subtype")));
    }
  }
}
