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

@RuleInfo(id = "AY403", name = "mime-type-and-content-type", severity = Severity.ERROR,
    summary = "a static handler must not set both mime_type and a Content-Type entry in http_headers",
    spec = {"AY-HDR-011"})
public final class MimeTypeWithContentType implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      if (HandlerType.of(ctx, h).filter(HandlerType::isStatic).isEmpty()
          || h.mimeType().filter(m -> !m.value().isEmpty()).isEmpty() || h.httpHeaders().isEmpty()) {
        continue;
      }
      for (Map.Entry<Located<String>, Located<String>> header : h.httpHeaders().get().value().entrySet()) {
        Located<String> name = header.getKey();
        if (name.value().toLowerCase(Locale.ROOT).equals("content-type")) {
          ctx.report(name.range(), "http_headers sets " + Handlers.shown(name.value()) + " and the handler also sets mime_type "
              + Handlers.shown(h.mimeType().get().value()) + "; expected only one of them",
              Fix.hint("remove mime_type or the " + Handlers.shown(name.value()) + " header"));
        }
      }
    }
  }
}
