package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY426", name = "login-on-nodejs", severity = Severity.ERROR,
    summary = "handler login is not supported for Node.js in the standard environment",
    spec = {"AY-LOG-002"})
public final class LoginOnNodejs implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().runtime().filter(r -> r.startsWith("nodejs")).isPresent()) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().login().filter(login -> !login.value().equals("optional"))
          .ifPresent(login -> ctx.report(login.keyRange(), "login: " + login.value() + " is not supported for "
              + ctx.platform().runtime().orElse("Node.js") + "; the Users API that enforces it does not exist there",
              Fix.hint("protect the path in the app, or with Identity-Aware Proxy")));
    }
  }
}
