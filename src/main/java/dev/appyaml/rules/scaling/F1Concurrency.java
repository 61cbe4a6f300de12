package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigInteger;

/** F1 is also the class used when instance_class is absent and scaling is automatic. */
@RuleInfo(id = "AY315", name = "f1-high-concurrency", severity = Severity.INFO,
    summary = "max_concurrent_requests above 10 is advised only for instance class F2 or larger",
    spec = {"AY-IC-007"})
public final class F1Concurrency implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    String instanceClass = ctx.app().instanceClass().map(Located::value).orElse("F1");
    if (!instanceClass.equals("F1")) {
      return;
    }
    String which = ctx.app().instanceClass().isPresent() ? "instance class F1" : "the default instance class F1";
    ctx.app().scaling().automatic().flatMap(a -> a.value().maxConcurrentRequests()).ifPresent(m ->
        ScalingValues.whole(m.value()).filter(n -> n.compareTo(BigInteger.TEN) > 0).ifPresent(n ->
            ctx.report(m.range(), "max_concurrent_requests is " + n + " on " + which
                    + "; the documentation advises more than 10 only for F2 or larger",
                Fix.hint("use instance_class F2 or larger, or keep max_concurrent_requests at 10"))));
  }
}
