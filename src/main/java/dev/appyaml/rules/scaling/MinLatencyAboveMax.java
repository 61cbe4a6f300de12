package dev.appyaml.rules.scaling;

import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigInteger;
import java.util.Optional;

@RuleInfo(id = "AY307", name = "min-pending-latency-above-max", severity = Severity.WARNING,
    summary = "automatic_scaling.min_pending_latency should not exceed max_pending_latency",
    spec = {"AY-AS-018"})
public final class MinLatencyAboveMax implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).ifPresent(a -> check(ctx, a));
  }

  private static void check(RuleContext ctx, AutomaticScaling a) {
    if (a.minPendingLatency().isEmpty() || a.maxPendingLatency().isEmpty()) {
      return;
    }
    Located<String> minText = a.minPendingLatency().get();
    Located<String> maxText = a.maxPendingLatency().get();
    Optional<BigInteger> min = ScalingValues.millis(minText.value());
    Optional<BigInteger> max = ScalingValues.millis(maxText.value());
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      ctx.report(minText.range(), "min_pending_latency is " + minText.value() + " but max_pending_latency is "
              + maxText.value() + "; expected min_pending_latency at most max_pending_latency",
          Fix.hint("lower min_pending_latency or raise max_pending_latency"));
    }
  }
}
