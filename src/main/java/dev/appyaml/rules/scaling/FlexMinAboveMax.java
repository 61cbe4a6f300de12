package dev.appyaml.rules.scaling;

import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/** In the flexible environment the defaults are 2 and 20, so one side alone can conflict with them. */
@RuleInfo(id = "AY305", name = "flex-min-num-above-max-num", severity = Severity.ERROR,
    summary = "automatic_scaling.min_num_instances must not exceed max_num_instances (defaults 2 and 20)",
    spec = {"AY-FAS-003"})
public final class FlexMinAboveMax implements Rule {

  static final long DEFAULT_MIN = 2;
  static final long DEFAULT_MAX = 20;

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().environment().isFlexible()) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).ifPresent(a -> check(ctx, a));
  }

  private static void check(RuleContext ctx, AutomaticScaling a) {
    if (a.minNumInstances().isEmpty() && a.maxNumInstances().isEmpty()) {
      return;
    }
    long min = a.minNumInstances().map(Located::value).orElse(DEFAULT_MIN);
    long max = a.maxNumInstances().map(Located::value).orElse(DEFAULT_MAX);
    if (min <= max) {
      return;
    }
    String minText = "min_num_instances is " + min + (a.minNumInstances().isEmpty() ? " (the default)" : "");
    String maxText = "max_num_instances is " + max + (a.maxNumInstances().isEmpty() ? " (the default)" : "");
    Located<Long> at = a.minNumInstances().orElseGet(() -> a.maxNumInstances().get());
    ctx.report(at.range(), minText + " but " + maxText + "; expected min_num_instances at most max_num_instances",
        Fix.hint(a.minNumInstances().isEmpty() ? "set min_num_instances to at most " + max
            : "lower min_num_instances or raise max_num_instances"));
  }
}
