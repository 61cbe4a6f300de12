package dev.appyaml.rule;

import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The first-generation Java SDK's own {@code app.yaml} dialect ({@code WEB-INF/app.yaml}, which
 * that SDK translated to {@code web.xml} and {@code appengine-web.xml}): handlers that name a
 * {@code servlet}, {@code filter} or {@code jsp}, and no runtime other than Java's. gcloud reads
 * none of it (spec/app-yaml.md §11.4).
 */
final class LegacyJavaDialect {

  private static final List<String> JAVA_HANDLER_KEYS = List.of("servlet", "filter", "jsp");

  private LegacyJavaDialect() {}

  /** The first handler key only the Java dialect has, when the file is written in it. */
  static Optional<MappingNode.Entry> mark(MappingNode root) {
    Optional<MappingNode.Entry> runtime = root.entry("runtime");
    if (runtime.isPresent() && !(runtime.get().value() instanceof ScalarNode s && s.pythonStr().startsWith("java"))) {
      return Optional.empty();
    }
    Optional<MappingNode.Entry> handlers = root.entry("handlers");
    if (handlers.isEmpty() || !(handlers.get().value() instanceof SequenceNode list)) {
      return Optional.empty();
    }
    for (YamlNode item : list.items()) {
      if (item instanceof MappingNode handler) {
        for (String key : JAVA_HANDLER_KEYS) {
          Optional<MappingNode.Entry> e = handler.entry(key);
          if (e.isPresent()) {
            return e;
          }
        }
      }
    }
    return Optional.empty();
  }
}
