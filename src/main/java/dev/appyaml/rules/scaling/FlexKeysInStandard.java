package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import java.util.Map;

/**
 * Google's validator class for automatic_scaling serves both environments, so it accepts the
 * flexible keys in a standard file, where the standard environment does not use them.
 */
@RuleInfo(id = "AY316", name = "flex-scaling-key-in-standard", severity = Severity.WARNING,
    summary = "flexible-environment automatic_scaling keys are not used in the standard environment",
    spec = {"AY-AS-020"})
public final class FlexKeysInStandard implements Rule {

  /** Flexible key and the standard key that does the same job, where there is one. */
  private static final Map<String, String> STANDARD_EQUIVALENT = Map.ofEntries(
      Map.entry("min_num_instances", "min_instances"),
      Map.entry("max_num_instances", "max_instances"),
      Map.entry("cpu_utilization", "target_cpu_utilization"),
      Map.entry("target_concurrent_requests", "max_concurrent_requests"),
      Map.entry("cool_down_period_sec", ""),
      Map.entry("custom_metrics", ""),
      Map.entry("target_network_sent_bytes_per_sec", ""),
      Map.entry("target_network_sent_packets_per_sec", ""),
      Map.entry("target_network_received_bytes_per_sec", ""),
      Map.entry("target_network_received_packets_per_sec", ""),
      Map.entry("target_disk_write_bytes_per_sec", ""),
      Map.entry("target_disk_write_ops_per_sec", ""),
      Map.entry("target_disk_read_bytes_per_sec", ""),
      Map.entry("target_disk_read_ops_per_sec", ""),
      Map.entry("target_request_count_per_sec", ""));

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.root().get("automatic_scaling").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
        .ifPresent(scaling -> {
          for (MappingNode.Entry entry : scaling.entries()) {
            String equivalent = STANDARD_EQUIVALENT.get(entry.name());
            if (equivalent == null) {
              continue;
            }
            String message = "automatic_scaling." + entry.name() + " belongs to the flexible environment;"
                + " the standard environment ignores it";
            ctx.report(entry.key().range(), message, Fix.hint(equivalent.isEmpty()
                ? "remove it" : "use " + equivalent + " instead"));
          }
        });
  }
}
