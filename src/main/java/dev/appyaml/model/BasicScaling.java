package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code basic_scaling} (spec §7.4). */
public record BasicScaling(Optional<Located<String>> maxInstances, Optional<Located<String>> idleTimeout) {

  static BasicScaling bind(Fields f) {
    return new BasicScaling(f.str("max_instances"), f.str("idle_timeout"));
  }
}
