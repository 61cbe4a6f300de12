package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY413", name = "reserved-form-url", severity = Severity.WARNING,
    summary = "the url /form is reserved by App Engine and is never matched",
    spec = {"AY-URL-005"})
public final class ReservedFormUrl implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().url().filter(u -> u.value().equals("/form")).ifPresent(url -> ctx.report(url.range(),
          "url /form is reserved by App Engine; requests for it never reach this handler",
          Fix.hint("serve the page under another path")));
    }
  }
}
