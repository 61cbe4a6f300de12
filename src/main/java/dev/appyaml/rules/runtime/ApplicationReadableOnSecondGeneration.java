package dev.appyaml.rules.runtime;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY226", name = "application-readable-on-second-generation", severity = Severity.ERROR,
    summary = "application_readable is refused on second-generation runtimes, where static files are always readable",
    spec = {"AY-STA-013", "AY-GO111-001"},
    severityVaries = "warning for Ruby in the standard environment, which gcloud does not check")
public final class ApplicationReadableOnSecondGeneration implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Severity> severity = SecondGeneration.severity(ctx.platform());
    if (severity.isEmpty()) {
      return;
    }
    String runtime = ctx.platform().runtime().orElse("");
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().applicationReadable().ifPresent(a -> ctx.report(severity.get(), a.keyRange(),
          "application_readable is not configurable with runtime " + runtime
              + ", where static files are always readable by the app; " + SecondGeneration.consequence(severity.get()),
          Optional.of(Fix.hint("remove application_readable"))));
    }
  }
}
