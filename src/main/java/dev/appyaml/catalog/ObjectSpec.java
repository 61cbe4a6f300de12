package dev.appyaml.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys one kind of mapping may have, in documentation order. */
public final class ObjectSpec {

  private final String typeName;
  private final boolean ignoresUnknownKeys;
  private final Map<String, Element> elements = new LinkedHashMap<>();
  private final List<Element> inOrder;
  private final Map<String, KeyNote> notes = new LinkedHashMap<>();

  /** What to tell a user who wrote a key this mapping does not have, and the fix's title. */
  public record KeyNote(String explanation, String fix) {}

  ObjectSpec(String typeName, List<Element> elements) {
    this(typeName, false, elements);
  }

  ObjectSpec(String typeName, boolean ignoresUnknownKeys, List<Element> elements) {
    this.typeName = typeName;
    this.ignoresUnknownKeys = ignoresUnknownKeys;
    for (Element e : elements) {
      if (this.elements.put(e.name(), e) != null) {
        throw new IllegalStateException(typeName + " lists " + e.name() + " twice");
      }
    }
    this.inOrder = List.copyOf(elements);
  }

  /** How messages name this mapping: "app.yaml", "automatic_scaling", "a handler". */
  public String typeName() {
    return typeName;
  }

  /**
   * Whether the file's reader silently ignores keys it does not know (Go's yaml.v2 for
   * apphosting.yaml) instead of rejecting them (Google's Python loader).
   */
  public boolean ignoresUnknownKeys() {
    return ignoresUnknownKeys;
  }

  /**
   * Explains a key that users put here although this mapping has no such key (a setting that
   * lives elsewhere, a key from an example that the reader ignores); catalogs call it while they
   * are built.
   */
  ObjectSpec note(String key, String explanation, String fix) {
    notes.put(key, new KeyNote(explanation, fix));
    return this;
  }

  /** The explanation for a key this mapping does not have, for keys users commonly write here. */
  public Optional<KeyNote> note(String key) {
    return Optional.ofNullable(notes.get(key));
  }

  public Optional<Element> element(String key) {
    return Optional.ofNullable(elements.get(key));
  }

  public List<Element> elements() {
    return inOrder;
  }
}
