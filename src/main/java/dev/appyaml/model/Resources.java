package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

/** Flexible {@code resources} (spec §10.2). */
public record Resources(
    Optional<Located<Double>> cpu,
    Optional<Located<Double>> memoryGb,
    Optional<Located<Long>> diskSizeGb,
    Optional<Located<List<Located<Volume>>>> volumes) {

  /** One tmpfs volume. */
  public record Volume(Optional<Located<String>> name, Optional<Located<String>> volumeType,
      Optional<Located<Double>> sizeGb) {}

  static Resources bind(Fields f) {
    return new Resources(f.decimal("cpu"), f.decimal("memory_gb"), f.integer("disk_size_gb"),
        f.list("volumes", n -> Fields.of(n).map(v ->
            new Volume(v.str("name"), v.str("volume_type"), v.decimal("size_gb")))));
  }
}
