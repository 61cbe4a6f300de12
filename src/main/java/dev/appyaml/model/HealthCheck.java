package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/**
 * A flexible health check: {@code liveness_check}, {@code readiness_check} or the legacy
 * {@code health_check} (spec §10.4); keys a kind does not have stay empty.
 */
public record HealthCheck(
    Optional<Located<String>> path,
    Optional<Located<Long>> checkIntervalSec,
    Optional<Located<Long>> timeoutSec,
    Optional<Located<Long>> failureThreshold,
    Optional<Located<Long>> successThreshold,
    Optional<Located<Long>> initialDelaySec,
    Optional<Located<Long>> appStartTimeoutSec) {

  static HealthCheck bind(Fields f) {
    return new HealthCheck(f.str("path"), f.integer("check_interval_sec"), f.integer("timeout_sec"),
        f.integer("failure_threshold"), f.integer("success_threshold"),
        f.integer("initial_delay_sec"), f.integer("app_start_timeout_sec"));
  }
}
