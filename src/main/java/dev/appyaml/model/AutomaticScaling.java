package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code automatic_scaling}: the standard keys first, then the flexible ones (spec §7.3, §10.5). */
public record AutomaticScaling(
    Optional<Located<Long>> minInstances,
    Optional<Located<Long>> maxInstances,
    Optional<Located<String>> minIdleInstances,
    Optional<Located<String>> maxIdleInstances,
    Optional<Located<String>> minPendingLatency,
    Optional<Located<String>> maxPendingLatency,
    Optional<Located<String>> maxConcurrentRequests,
    Optional<Located<Double>> targetCpuUtilization,
    Optional<Located<Double>> targetThroughputUtilization,
    Optional<Located<Long>> minNumInstances,
    Optional<Located<Long>> maxNumInstances,
    Optional<Located<Long>> coolDownPeriodSec,
    Optional<Located<Double>> cpuTargetUtilization,
    Optional<Located<Long>> targetConcurrentRequests) {

  static AutomaticScaling bind(Fields f) {
    return new AutomaticScaling(
        f.integer("min_instances"),
        f.integer("max_instances"),
        f.str("min_idle_instances"),
        f.str("max_idle_instances"),
        f.str("min_pending_latency"),
        f.str("max_pending_latency"),
        f.str("max_concurrent_requests"),
        f.decimal("target_cpu_utilization"),
        f.decimal("target_throughput_utilization"),
        f.integer("min_num_instances"),
        f.integer("max_num_instances"),
        f.integer("cool_down_period_sec"),
        f.object("cpu_utilization", c -> c.decimal("target_utilization")).flatMap(Located::value),
        f.integer("target_concurrent_requests"));
  }
}
