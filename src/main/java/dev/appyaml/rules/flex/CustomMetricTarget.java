package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.Scalars;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.Optional;

/**
 * A custom metric scales on a target utilization or on a per-instance assignment, never both:
 * Google's validator wants exactly one of {@code target_utilization} and
 * {@code single_instance_assignment}, and a value of 0 counts as not set.
 */
@RuleInfo(id = "AY621", name = "custom-metric-target", severity = Severity.ERROR,
    summary = "a custom metric needs exactly one of target_utilization and single_instance_assignment",
    spec = {"AY-FAS-009"})
public final class CustomMetricTarget implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<YamlNode> metrics = Flex.block(ctx, "automatic_scaling").flatMap(m -> m.get("custom_metrics"));
    if (metrics.isEmpty() || !(metrics.get() instanceof SequenceNode list)) {
      return;
    }
    for (YamlNode item : list.items()) {
      if (item instanceof MappingNode metric) {
        check(ctx, metric);
      }
    }
  }

  private static void check(RuleContext ctx, MappingNode metric) {
    Optional<MappingNode.Entry> utilization = set(metric, "target_utilization");
    Optional<MappingNode.Entry> assignment = set(metric, "single_instance_assignment");
    if (utilization.isPresent() && assignment.isPresent()) {
      ctx.report(assignment.get().key().range(), "this custom metric sets both target_utilization and"
              + " single_instance_assignment; expected exactly one of them",
          Fix.hint("remove one of the two"));
    } else if (utilization.isEmpty() && assignment.isEmpty()) {
      ctx.report(metric.range(), "this custom metric sets neither target_utilization nor"
              + " single_instance_assignment (0 counts as not set); expected exactly one of them",
          Fix.hint("add target_utilization or single_instance_assignment"));
    }
  }

  private static Optional<MappingNode.Entry> set(MappingNode metric, String key) {
    return metric.entry(key).filter(e -> e.value() instanceof ScalarNode s && !s.isNull()
        && Scalars.toDouble(s).map(v -> v != 0.0).orElse(true));
  }
}
