package dev.appyaml.rules.flex;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import java.util.Optional;

/**
 * Where a flexible service picks its operating system and language version: the documented
 * {@code runtime_config} map, or gcloud's structured {@code flexible_runtime_settings}.
 */
record RuntimeSettings(Optional<MappingNode> runtimeConfig, Optional<MappingNode> flexibleSettings) {

  static RuntimeSettings of(RuleContext ctx) {
    return new RuntimeSettings(Flex.block(ctx, "runtime_config"), Flex.block(ctx, "flexible_runtime_settings"));
  }

  Optional<MappingNode.Entry> config(String key) {
    return runtimeConfig.flatMap(m -> Flex.scalarEntry(m, key));
  }

  Optional<MappingNode.Entry> settings(String key) {
    return flexibleSettings.flatMap(m -> Flex.scalarEntry(m, key));
  }

  Optional<MappingNode.Entry> operatingSystem() {
    return config("operating_system").or(() -> settings("operating_system"));
  }

  Optional<MappingNode.Entry> runtimeVersion() {
    return config("runtime_version").or(() -> settings("runtime_version"));
  }
}
