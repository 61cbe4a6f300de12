package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigInteger;
import java.util.Optional;

/**
 * gcloud accepts any whole number of at least 1 (AY105 checks that); the documentation caps it
 * at 1000 (spec §13 row 7) and discourages values below the default of 10.
 */
@RuleInfo(id = "AY308", name = "max-concurrent-requests-range", severity = Severity.ERROR,
    summary = "automatic_scaling.max_concurrent_requests may be at most 1000 and should be at least 10",
    spec = {"AY-AS-013", "AY-AS-012"},
    severityVaries = "warning for a value below the default of 10")
public final class MaxConcurrentRequests implements Rule {

  static final BigInteger DOCUMENTED_MAX = BigInteger.valueOf(1000);
  static final BigInteger DEFAULT = BigInteger.TEN;

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().scaling().automatic().flatMap(a -> a.value().maxConcurrentRequests()).ifPresent(m ->
        ScalingValues.whole(m.value()).filter(n -> n.signum() > 0).ifPresent(n -> check(ctx, m, n)));
  }

  private static void check(RuleContext ctx, Located<String> at, BigInteger n) {
    if (n.compareTo(DOCUMENTED_MAX) > 0) {
      ctx.report(at.range(), "max_concurrent_requests is " + n + "; expected at most 1000, the documented maximum",
          Fix.replaceWith("use 1000", "1000"));
    } else if (n.compareTo(DEFAULT) < 0) {
      ctx.report(Severity.WARNING, at.range(), "max_concurrent_requests is " + n
              + "; values below the default of 10 start more instances and cost more unless the app must"
              + " handle fewer requests at a time",
          Optional.of(Fix.hint("remove it to use the default of 10, unless the app needs the lower limit")));
    }
  }
}
