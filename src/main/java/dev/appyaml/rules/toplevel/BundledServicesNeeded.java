package dev.appyaml.rules.toplevel;

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
 * On second-generation runtimes, receiving mail is a legacy bundled service: it works only with
 * {@code app_engine_apis: true} (or {@code mail} in {@code app_engine_bundled_services}).
 * {@code login:} on handlers is left alone: the front end enforces it (see the prose).
 */
@RuleInfo(id = "AY511", name = "bundled-services-needed", severity = Severity.WARNING,
    summary = "mail inbound services need the bundled services on second-generation runtimes",
    spec = {"AY-BND-007"})
public final class BundledServicesNeeded implements Rule {

  private static final Set<String> MAIL = Set.of("mail", "mail_bounce");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isSecondGeneration()
        || ctx.app().appEngineApis().filter(Located::value).isPresent()) {
      return;
    }
    List<String> bundled = ctx.app().appEngineBundledServices().map(Located::value).orElse(List.of())
        .stream().map(Located::value).toList();
    if (bundled.contains("mail")) {
      return;
    }
    boolean noSdk = RuntimeLanguage.is(ctx.platform(), Language.NODEJS) || RuntimeLanguage.is(ctx.platform(), Language.RUBY);
    String runtime = ctx.platform().runtime().orElse("");
    String expected = noSdk ? ", which runtime " + runtime + " does not offer" : "; expected app_engine_apis: true";
    Fix fix = noSdk ? Fix.hint("receive mail through a third-party service that posts to the app")
        : Fix.hint("add app_engine_apis: true");
    for (Located<String> service : ctx.app().inboundServices().map(Located::value).orElse(List.of())) {
      if (MAIL.contains(service.value())) {
        ctx.report(service.range(), "inbound service " + service.value() + " on runtime " + runtime
            + " needs the legacy bundled services" + expected, fix);
      }
    }
  }
}
