package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import java.util.Map;
import java.util.Optional;

/**
 * gcloud accepts every automatic_scaling key in either environment, but the flexible
 * environment documents only its own: {@code min_num_instances}, {@code max_num_instances},
 * {@code cool_down_period_sec}, {@code cpu_utilization}, {@code target_concurrent_requests}.
 * The standard keys are a frequent copy-paste mistake and do not scale a flexible service.
 */
@RuleInfo(id = "AY622", name = "standard-scaling-keys-in-flex", severity = Severity.WARNING,
    summary = "standard-environment automatic_scaling keys are not used in the flexible environment",
    spec = {"AY-FAS-010"})
public final class StandardScalingKeysInFlex implements Rule {

  /** Standard key to its flexible counterpart, or empty when there is none. */
  private static final Map<String, String> STANDARD_KEYS = Map.of(
      "min_instances", "min_num_instances",
      "max_instances", "max_num_instances",
      "target_cpu_utilization", "cpu_utilization.target_utilization",
      "target_throughput_utilization", "",
      "max_concurrent_requests", "target_concurrent_requests",
      "min_idle_instances", "",
      "max_idle_instances", "",
      "min_pending_latency", "",
      "max_pending_latency", "");

  @Override
  public void check(RuleContext ctx) {
    Optional<MappingNode> scaling = Flex.block(ctx, "automatic_scaling");
    if (!Flex.judged(ctx) || scaling.isEmpty()) {
      return;
    }
    for (MappingNode.Entry entry : scaling.get().entries()) {
      String counterpart = STANDARD_KEYS.get(entry.name());
      if (counterpart == null) {
        continue;
      }
      if (counterpart.isEmpty()) {
        ctx.report(entry.key().range(), "automatic_scaling." + entry.name() + " is a standard-environment setting;"
            + " the flexible environment does not use it", Fix.hint("remove it"));
      } else {
        ctx.report(entry.key().range(), "automatic_scaling." + entry.name() + " is a standard-environment setting;"
            + " the flexible environment uses " + counterpart, Fix.hint("use " + counterpart + " instead"));
      }
    }
  }
}
