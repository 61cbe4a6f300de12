package dev.appyaml.yaml;

import dev.appyaml.source.Range;
import java.util.List;

/** A sequence in source order. */
public record SequenceNode(Range range, List<YamlNode> items) implements YamlNode {

  public SequenceNode {
    items = List.copyOf(items);
  }

  @Override
  public String kindName() {
    return "a list";
  }
}
