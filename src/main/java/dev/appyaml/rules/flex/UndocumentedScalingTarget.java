package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import java.util.Optional;
import java.util.Set;

/**
 * gcloud still accepts the network, disk and request-count scaling targets of the early
 * flexible environment, but the current documentation no longer describes them.
 */
@RuleInfo(id = "AY623", name = "undocumented-scaling-target", severity = Severity.INFO,
    summary = "network, disk and request-count scaling targets are accepted but no longer documented",
    spec = {"AY-FAS-008"})
public final class UndocumentedScalingTarget implements Rule {

  private static final Set<String> KEYS = Set.of(
      "target_network_sent_bytes_per_sec", "target_network_sent_packets_per_sec",
      "target_network_received_bytes_per_sec", "target_network_received_packets_per_sec",
      "target_disk_write_bytes_per_sec", "target_disk_write_ops_per_sec",
      "target_disk_read_bytes_per_sec", "target_disk_read_ops_per_sec",
      "target_request_count_per_sec");

  @Override
  public void check(RuleContext ctx) {
    Optional<MappingNode> scaling = Flex.block(ctx, "automatic_scaling");
    if (!Flex.judged(ctx) || scaling.isEmpty()) {
      return;
    }
    for (MappingNode.Entry entry : scaling.get().entries()) {
      if (KEYS.contains(entry.name())) {
        ctx.report(entry.key().range(), "automatic_scaling." + entry.name() + " is accepted by gcloud but not"
                + " described in the current flexible documentation",
            Fix.hint("prefer cpu_utilization or target_concurrent_requests"));
      }
    }
  }
}
