package dev.appyaml.rule;

import dev.appyaml.yaml.MappingNode;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a Docker Compose file (JHipster's {@code src/main/docker/app.yml}, a
 * {@code docker-compose.yml}): a top-level {@code services:} mapping whose entries are mappings
 * with an {@code image} or a {@code build}, and no App Engine {@code runtime}.
 */
final class DockerCompose {

  private static final Set<String> SERVICE_KEYS = Set.of("image", "build");

  private DockerCompose() {}

  /** The top-level services entry when the mapping is a Compose file. */
  static Optional<MappingNode.Entry> servicesEntry(MappingNode root) {
    if (root.entry("runtime").isPresent()) {
      return Optional.empty();
    }
    return root.entry("services").filter(e -> e.value() instanceof MappingNode services
        && !services.entries().isEmpty()
        && services.entries().stream().allMatch(s -> s.value() instanceof MappingNode service
            && service.entries().stream().anyMatch(k -> SERVICE_KEYS.contains(k.name()))));
  }
}
