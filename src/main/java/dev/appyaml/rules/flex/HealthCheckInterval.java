package dev.appyaml.rules.flex;

import dev.appyaml.model.HealthCheck;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

/**
 * A check must end before the next one starts: {@code check_interval_sec} greater than
 * {@code timeout_sec}. Defaults: liveness 30 and 4, readiness 5 and 4. When both are written the
 * conflict is certain (error); when one side is the default it is reported as a warning, since
 * how the service fills in a missing side is not documented.
 */
@RuleInfo(id = "AY618", name = "health-check-interval", severity = Severity.ERROR,
    summary = "a health check's check_interval_sec must be greater than its timeout_sec",
    severityVaries = "warning when one of the two is left at its default",
    spec = {"AY-HC-003", "AY-HC-012"})
public final class HealthCheckInterval implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    check(ctx, "liveness_check", ctx.app().flexible().livenessCheck(), 30);
    check(ctx, "readiness_check", ctx.app().flexible().readinessCheck(), 5);
  }

  private static void check(RuleContext ctx, String key, Optional<Located<HealthCheck>> block, long defaultInterval) {
    if (block.isEmpty()) {
      return;
    }
    Optional<Located<Long>> interval = block.get().value().checkIntervalSec();
    Optional<Located<Long>> timeout = block.get().value().timeoutSec();
    if (interval.isEmpty() && timeout.isEmpty()) {
      return;
    }
    long i = interval.map(Located::value).orElse(defaultInterval);
    long t = timeout.map(Located::value).orElse(4L);
    if (i > t) {
      return;
    }
    boolean defaulted = interval.isEmpty() || timeout.isEmpty();
    Located<Long> at = interval.orElseGet(timeout::get);
    String message = key + ".check_interval_sec is " + i + (interval.isEmpty() ? " (the default)" : "")
        + " but timeout_sec is " + t + (timeout.isEmpty() ? " (the default)" : "")
        + "; expected the interval to be greater than the timeout";
    Fix fix = Fix.hint(interval.isEmpty() ? "set check_interval_sec above " + t : "raise check_interval_sec above " + t
        + " or lower timeout_sec");
    ctx.report(defaulted ? Severity.WARNING : Severity.ERROR, at.range(), message, Optional.of(fix));
  }
}
