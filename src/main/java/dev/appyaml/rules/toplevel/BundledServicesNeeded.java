package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Set;

/**
 * On second-generation runtimes, receiving mail and the Users API behind {@code login:} are
 * legacy bundled services: they work only with {@code app_engine_apis: true} (or the matching
 * entry of {@code app_engine_bundled_services}).
 */
@RuleInfo(id = "AY511", name = "bundled-services-needed", severity = Severity.WARNING,
    summary = "mail inbound services and login handlers need the bundled services on second-generation runtimes",
    spec = {"AY-BND-007", "AY-LOG-003"})
public final class BundledServicesNeeded implements Rule {

  private static final Set<String> MAIL = Set.of("mail", "mail_bounce");
  private static final Set<String> SIGNED_IN = Set.of("required", "admin");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isSecondGeneration()
        || ctx.app().appEngineApis().filter(Located::value).isPresent()) {
      return;
    }
    List<String> bundled = ctx.app().appEngineBundledServices().map(Located::value).orElse(List.of())
        .stream().map(Located::value).toList();
    boolean noSdk = RuntimeLanguage.is(ctx.platform(), Language.NODEJS) || RuntimeLanguage.is(ctx.platform(), Language.RUBY);
    String runtime = ctx.platform().runtime().orElse("");
    String expected = noSdk ? ", which runtime " + runtime + " does not offer" : "; expected app_engine_apis: true";
    Fix fix = noSdk ? Fix.hint("do this in the app with Google Cloud client libraries or a third-party service")
        : Fix.hint("add app_engine_apis: true");
    if (!bundled.contains("mail")) {
      for (Located<String> service : ctx.app().inboundServices().map(Located::value).orElse(List.of())) {
        if (MAIL.contains(service.value())) {
          ctx.report(service.range(), "inbound service " + service.value() + " on runtime " + runtime
              + " needs the legacy bundled services" + expected, fix);
        }
      }
    }
    if (!bundled.contains("user")) {
      for (Located<Handler> handler : ctx.app().handlerList()) {
        handler.value().login().filter(l -> SIGNED_IN.contains(l.value())).ifPresent(login -> ctx.report(login.range(),
            "login: " + login.value() + " on runtime " + runtime
                + " uses the Users API of the legacy bundled services" + expected, fix));
      }
    }
  }
}
