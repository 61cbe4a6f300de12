package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.text.Order;
import java.util.Map;
import java.util.Optional;

/**
 * Names App Engine reserves or sets itself: everything starting with {@code GAE} may not be set,
 * nor {@code PORT} (errors); {@code GOOGLE_CLOUD_PROJECT} is set by the runtime and cannot be
 * overwritten (a warning). {@code NODE_ENV} is the documented exception: the runtime sets it to
 * {@code production}, and app.yaml may override it. First-generation runtimes are left
 * alone: they set none of these, and python27 documents {@code GAE_USE_SOCKETS_HTTPLIB} as a
 * variable the app sets itself.
 */
@RuleInfo(id = "AY515", name = "reserved-app-engine-variable", severity = Severity.ERROR,
    summary = "env_variables must not set names App Engine reserves or sets itself",
    spec = {"AY-VAR-003", "AY-VAR-004", "AY-CR-002"},
    severityVaries = "warning for GOOGLE_CLOUD_PROJECT, and NODE_ENV on Node.js, which the runtime sets itself")
public final class ReservedEnvVariable implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Map<Located<String>, Located<String>> variables = ctx.app().envVariables().map(Located::value).orElse(Map.of());
    if (ctx.platform().generation() == Generation.FIRST) {
      return;
    }
    variables.keySet().stream().sorted(Order.by(Located::range)).forEach(key -> {
      String name = key.value();
      Fix remove = Fix.hint("remove it, and rename it if the app needs its own value");
      if (name.startsWith("GAE")) {
        ctx.report(key.range(), "env_variables." + name + " starts with GAE, which App Engine reserves for its own"
            + " variables; expected another name", remove);
      } else if (name.equals("PORT")) {
        ctx.report(key.range(), "env_variables.PORT is set by App Engine to the port requests arrive on;"
            + " it cannot be set in app.yaml", Fix.hint("remove it and listen on the port App Engine puts in PORT"));
      } else if (name.equals("GOOGLE_CLOUD_PROJECT")) {
        ctx.report(Severity.WARNING, key.range(), "env_variables." + name + " is set by the runtime"
            + " (to the project id) and cannot be overwritten; this value is not used", Optional.of(remove));
      }
    });
  }
}
