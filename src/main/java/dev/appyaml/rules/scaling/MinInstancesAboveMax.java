package dev.appyaml.rules.scaling;

import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY304", name = "min-instances-above-max", severity = Severity.ERROR,
    summary = "automatic_scaling.min_instances must not exceed max_instances when max_instances is set",
    spec = {"AY-AS-006"})
public final class MinInstancesAboveMax implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).ifPresent(a -> check(ctx, a));
  }

  private static void check(RuleContext ctx, AutomaticScaling a) {
    if (a.minInstances().isEmpty() || a.maxInstances().isEmpty()) {
      return;
    }
    long min = a.minInstances().get().value();
    long max = a.maxInstances().get().value();
    if (max > 0 && min > max) {
      ctx.report(a.minInstances().get().range(), "min_instances is " + min + " but max_instances is " + max
          + "; expected min_instances at most max_instances", Fix.hint("lower min_instances or raise max_instances"));
    }
  }
}
