package dev.appyaml.rules.flex;

import dev.appyaml.model.Environment;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.nio.file.Path;
import java.util.Optional;

/** Small helpers the flexible-environment rules share. */
final class Flex {

  private Flex() {}

  /** {@code env: flex} (or {@code flexible}, {@code 2}): where gcloud's flexible deploy path runs. */
  static boolean isFlex(RuleContext ctx) {
    return ctx.platform().environment() == Environment.FLEXIBLE;
  }

  /**
   * Whether the rules about flexible-only blocks ({@code resources}, {@code network}, health
   * checks) judge this file: the flexible environment and legacy Managed VMs. In the standard
   * environment AY107 already reports those blocks as unused.
   */
  static boolean judged(RuleContext ctx) {
    return ctx.platform().environment().isFlexible();
  }

  /** The folder gcloud uploads from: the folder of the service file; empty for standard input. */
  static Optional<Path> sourceDir(RuleContext ctx) {
    return ctx.file().path().map(p -> p.toAbsolutePath().getParent());
  }

  /** A mapping under the root, such as {@code runtime_config}. */
  static Optional<MappingNode> block(RuleContext ctx, String key) {
    return ctx.root().get(key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  /** An entry of a mapping whose value is a non-empty scalar. */
  static Optional<MappingNode.Entry> scalarEntry(MappingNode map, String key) {
    return map.entry(key).filter(e -> e.value() instanceof ScalarNode s && !s.isNull());
  }

  /** Python's {@code str()} of a scalar value, or empty for other nodes. */
  static Optional<String> text(YamlNode node) {
    return node instanceof ScalarNode s && !s.isNull() ? Optional.of(s.pythonStr()) : Optional.empty();
  }

  /** A number as messages show it: {@code 2}, {@code 0.6}, {@code 12.6}. */
  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** A value as messages quote it: one line, at most 60 characters. */
  static String shown(String value) {
    String line = value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    return line.length() > 60 ? line.substring(0, 59) + "\u2026" : line;
  }
}
