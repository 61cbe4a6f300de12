package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.math.BigInteger;

@RuleInfo(id = "AY310", name = "max-pending-latency-above-limit", severity = Severity.WARNING,
    summary = "automatic_scaling.max_pending_latency should not exceed 10s, the longest a request can wait",
    spec = {"AY-AS-016"})
public final class MaxPendingLatencyLimit implements Rule {

  static final long LIMIT_MS = 10_000;

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().flatMap(a -> a.value().maxPendingLatency()).ifPresent(m ->
        ScalingValues.millis(m.value()).filter(ms -> ms.compareTo(BigInteger.valueOf(LIMIT_MS)) > 0).ifPresent(ms ->
            ctx.report(m.range(), "max_pending_latency is " + m.value()
                    + "; a request waits at most 10s in the pending queue, so expected at most 10s",
                Fix.replaceWith("use 10s", "10s"))));
  }
}
