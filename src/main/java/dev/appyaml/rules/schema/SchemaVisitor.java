package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.YamlNode;

/** Callbacks of {@link SchemaWalk}; a generic rule overrides the ones it cares about. */
interface SchemaVisitor {

  /** A mapping that should follow {@code spec}, reached at {@code path}. */
  default void mapping(MappingNode node, ObjectSpec spec, String path) {}

  /** A key of such a mapping that the spec knows. */
  default void knownKey(MappingNode.Entry entry, Element element, String path) {}

  /** Any value whose expected shape is known: element values and list items. */
  default void value(YamlNode node, Shape shape, String path) {}
}
