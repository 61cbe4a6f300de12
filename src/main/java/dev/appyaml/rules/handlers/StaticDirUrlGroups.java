package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY419", name = "static-dir-url-groups", severity = Severity.WARNING,
    summary = "a static_dir handler's url is a prefix and should not contain regex groups",
    spec = {"AY-URL-006"})
public final class StaticDirUrlGroups implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      if (HandlerType.of(ctx, h).filter(t -> t == HandlerType.STATIC_DIR).isEmpty()) {
        continue;
      }
      h.url().filter(u -> RegexText.hasGroup(u.value())).ifPresent(url -> ctx.report(url.range(),
          "url " + Handlers.shown(url.value()) + " of a static_dir handler contains a group; expected a plain path prefix,"
              + " as App Engine appends /(.*) to it itself",
          Fix.hint("use static_files with url groups and back-references instead")));
    }
  }
}
