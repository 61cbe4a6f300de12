package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** {@code vpc_access_connector} (spec §9.4). */
public record VpcAccessConnector(Optional<Located<String>> name, Optional<Located<String>> egressSetting) {

  static VpcAccessConnector bind(Fields f) {
    return new VpcAccessConnector(f.str("name"), f.str("egress_setting"));
  }
}
