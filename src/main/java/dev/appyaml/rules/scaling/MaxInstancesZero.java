package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

/** Before the March 2025 default cap (judged by {@code --as-of}) 0 meant no limit, so it is reported only from then. */
@RuleInfo(id = "AY313", name = "max-instances-zero", severity = Severity.WARNING,
    summary = "max_instances: 0 no longer means no limit since the default cap of 20 came in",
    spec = {"AY-AS-003", "AY-AS-050"})
public final class MaxInstancesZero implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.options().asOf().isBefore(MaxInstancesDefaultCap.CAP_INTRODUCED)) {
      return;
    }
    ctx.app().scaling().automatic().flatMap(a -> a.value().maxInstances()).filter(m -> m.value() == 0)
        .ifPresent(m -> ctx.report(m.range(), "max_instances is 0; since March 2025 App Engine applies its default"
                + " cap of 20 instances instead of no limit",
            Fix.replaceWith("use 2147483647 for no limit", "2147483647")));
  }
}
