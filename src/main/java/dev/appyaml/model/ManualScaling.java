package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code manual_scaling} (spec §7.5, §10.6). */
public record ManualScaling(Optional<Located<String>> instances) {

  static ManualScaling bind(Fields f) {
    return new ManualScaling(f.str("instances"));
  }
}
