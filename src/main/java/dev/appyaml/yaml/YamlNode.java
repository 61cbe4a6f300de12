package dev.appyaml.yaml;

import dev.appyaml.source.Range;

/** A node of our own YAML tree. Every node knows its exact span in the file. */
public sealed interface YamlNode permits ScalarNode, MappingNode, SequenceNode {

  Range range();

  /** A short, user-facing name of the node's kind, for messages such as "expected a list". */
  String kindName();
}
