package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

/** Flexible {@code network} (spec §10.3). */
public record Network(
    Optional<Located<String>> name,
    Optional<Located<String>> subnetworkName,
    Optional<Located<String>> instanceTag,
    Optional<Located<Boolean>> sessionAffinity,
    Optional<Located<List<Located<String>>>> forwardedPorts,
    Optional<Located<String>> instanceIpMode) {

  static Network bind(Fields f) {
    return new Network(f.str("name"), f.str("subnetwork_name"), f.str("instance_tag"),
        f.bool("session_affinity"), f.strings("forwarded_ports"), f.str("instance_ip_mode"));
  }
}
