package dev.appyaml.yaml;

import dev.appyaml.source.Range;
import java.util.List;
import java.util.Optional;

/** A mapping in source order. Duplicate keys are kept, so that a rule can report them. */
public record MappingNode(Range range, List<Entry> entries) implements YamlNode {

  public MappingNode {
    entries = List.copyOf(entries);
  }

  /** One key/value pair; keys are always scalars (the loader reports any other key). */
  public record Entry(ScalarNode key, YamlNode value) {

    public String name() {
      return key.text();
    }
  }

  /** The first entry with this key, compared as written. */
  public Optional<Entry> entry(String key) {
    // The binders look up every key they know in every mapping, most of them absent: comparing the
    // strings' cached hashes first makes a miss one int comparison, and the index no iterator.
    int hash = key.hashCode();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String name = e.name();
      if (name.hashCode() == hash && name.equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String kindName() {
    return "a mapping";
  }
}
