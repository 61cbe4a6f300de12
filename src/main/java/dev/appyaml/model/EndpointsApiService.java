package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code endpoints_api_service} (spec §10.7). */
public record EndpointsApiService(
    Optional<Located<String>> name, Optional<Located<String>> rolloutStrategy,
    Optional<Located<String>> configId) {

  static EndpointsApiService bind(Fields f) {
    return new EndpointsApiService(f.str("name"), f.str("rollout_strategy"), f.str("config_id"));
  }
}
