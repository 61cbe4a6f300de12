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

@RuleInfo(id = "AY306", name = "min-idle-above-max-idle", severity = Severity.WARNING,
    summary = "automatic_scaling.min_idle_instances should not exceed max_idle_instances",
    spec = {"AY-AS-009"})
public final class MinIdleAboveMaxIdle implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).ifPresent(a -> check(ctx, a));
  }

  private static void check(RuleContext ctx, AutomaticScaling a) {
    if (a.minIdleInstances().isEmpty() || a.maxIdleInstances().isEmpty()) {
      return;
    }
    Located<String> minIdle = a.minIdleInstances().get();
    Optional<BigInteger> min = ScalingValues.whole(minIdle.value());
    Optional<BigInteger> max = ScalingValues.whole(a.maxIdleInstances().get().value());
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      ctx.report(minIdle.range(), "min_idle_instances is " + min.get() + " but max_idle_instances is " + max.get()
          + "; expected min_idle_instances at most max_idle_instances",
          Fix.hint("lower min_idle_instances or raise max_idle_instances"));
    }
  }
}
