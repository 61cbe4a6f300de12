package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY418", name = "auth-fail-action-without-login", severity = Severity.INFO,
    summary = "auth_fail_action only applies when login is required or admin",
    spec = {"AY-LOG-006"})
public final class AuthFailActionWithoutLogin implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      Optional<String> login = h.login().map(Located::value);
      if (h.authFailAction().isPresent() && (login.isEmpty() || login.get().equals("optional"))) {
        ctx.report(h.authFailAction().get().keyRange(), "auth_fail_action has no effect because "
                + login.map(l -> "login is " + l).orElse("login is not set") + "; expected login: required or admin",
            Fix.hint("remove auth_fail_action, or set login: required"));
      }
    }
  }
}
