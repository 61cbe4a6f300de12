package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.Optional;

@RuleInfo(id = "AY225", name = "threadsafe-on-second-generation", severity = Severity.ERROR,
    summary = "threadsafe is refused on second-generation runtimes (gcloud's rule includes go111)",
    spec = {"AY-TS-002", "AY-GO111-001"},
    severityVaries = "warning for Ruby in the standard environment, which gcloud does not check")
public final class ThreadsafeOnSecondGeneration implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<Severity> severity = SecondGeneration.severity(ctx.platform());
    if (severity.isEmpty()) {
      return;
    }
    String runtime = ctx.platform().runtime().orElse("");
    ctx.app().threadsafe().ifPresent(t -> ctx.report(severity.get(), t.keyRange(),
        "threadsafe is not supported with runtime " + runtime + "; " + SecondGeneration.consequence(severity.get()),
        Optional.of(Fix.hint("remove threadsafe; concurrency is set with automatic_scaling.max_concurrent_requests"))));
  }
}
