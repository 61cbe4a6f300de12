package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY416", name = "secure-never", severity = Severity.WARNING,
    summary = "secure: never sends HTTPS requests back to HTTP and drops their query string",
    spec = {"AY-SEC-002"})
public final class SecureNever implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().secure().filter(s -> s.value().equals("never")).ifPresent(secure -> ctx.report(secure.range(),
          "secure is never, which redirects HTTPS requests to HTTP and drops their query parameters;"
              + " expected optional or always",
          Fix.hint("use secure: always, or remove secure")));
    }
  }
}
