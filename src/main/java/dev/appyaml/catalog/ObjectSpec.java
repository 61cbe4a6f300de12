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
  private final Map<String, String> setElsewhere = new LinkedHashMap<>();

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
   * Marks {@code key} as one users put here that the file's reader rejects, although the setting
   * exists elsewhere; {@code where} says where (catalogs call it while they are built).
   */
  ObjectSpec setElsewhere(String key, String where) {
    setElsewhere.put(key, where);
    return this;
  }

  /** Where a rejected {@code key} is set instead, for keys users commonly put here. */
  public Optional<String> setElsewhere(String key) {
    return Optional.ofNullable(setElsewhere.get(key));
  }

  public Optional<Element> element(String key) {
    return Optional.ofNullable(elements.get(key));
  }

  public List<Element> elements() {
    return List.copyOf(elements.values());
  }
}
