package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY402", name = "static-files-without-upload", severity = Severity.ERROR,
    summary = "a static_files handler needs upload, the pattern of the files it may serve",
    spec = {"AY-STA-003"})
public final class StaticFilesWithoutUpload implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      if (HandlerType.of(ctx, h).filter(t -> t == HandlerType.STATIC_FILES).isPresent()
          && !HandlerType.present(h.node(), "upload")) {
        ctx.report(handler.range(), Handlers.name(handler) + " has static_files but no upload;"
            + " expected an upload pattern matching the files it serves",
            Fix.hint("add upload: a regular expression matching those files, such as static/.*"));
      }
    }
  }
}
