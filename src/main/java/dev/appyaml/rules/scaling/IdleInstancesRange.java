package dev.appyaml.rules.scaling;

import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigInteger;

/** gcloud accepts any whole number; the documentation gives 1 to 1000 (spec §13 rows 6 and 20). */
@RuleInfo(id = "AY309", name = "idle-instances-range", severity = Severity.WARNING,
    summary = "max_idle_instances should be 1 to 1000 or automatic, and min_idle_instances at most 1000",
    spec = {"AY-AS-007", "AY-AS-008"})
public final class IdleInstancesRange implements Rule {

  static final BigInteger LIMIT = BigInteger.valueOf(1000);

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().map(Located::value).ifPresent(a -> check(ctx, a));
  }

  private static void check(RuleContext ctx, AutomaticScaling a) {
    a.maxIdleInstances().ifPresent(m -> ScalingValues.whole(m.value()).ifPresent(n -> {
      if (n.signum() == 0) {
        ctx.report(m.range(), "max_idle_instances is 0; the documented range is 1 to 1000, or automatic",
            Fix.hint("use automatic, or a number from 1 to 1000"));
      } else if (n.compareTo(LIMIT) > 0) {
        ctx.report(m.range(), "max_idle_instances is " + n + "; expected at most 1000, or automatic",
            Fix.hint("use automatic, or a number from 1 to 1000"));
      }
    }));
    a.minIdleInstances().ifPresent(m -> ScalingValues.whole(m.value()).filter(n -> n.compareTo(LIMIT) > 0)
        .ifPresent(n -> ctx.report(m.range(), "min_idle_instances is " + n + "; expected at most 1000",
            Fix.hint("use a number up to 1000"))));
  }
}
