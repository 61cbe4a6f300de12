package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.YamlNode;

/**
 * Callbacks of {@link SchemaWalk}; a generic rule overrides the ones it cares about. The context
 * comes with every call because rules are shared by every run and hold no per-run state.
 */
interface SchemaVisitor {

  /** A mapping that should follow {@code spec}, reached at {@code path}. */
  default void mapping(RuleContext ctx, MappingNode node, ObjectSpec spec, String path) {}

  /** A key of such a mapping that the spec knows. */
  default void knownKey(RuleContext ctx, MappingNode.Entry entry, Element element, String path) {}

  /** Any value whose expected shape is known: element values and list items. */
  default void value(RuleContext ctx, YamlNode node, Shape shape, String path) {}
}
