package dev.appyaml.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys one kind of mapping may have, in documentation order. */
public final class ObjectSpec {

  private final String typeName;
  private final Map<String, Element> elements = new LinkedHashMap<>();

  ObjectSpec(String typeName, List<Element> elements) {
    this.typeName = typeName;
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

  public Optional<Element> element(String key) {
    return Optional.ofNullable(elements.get(key));
  }

  public List<Element> elements() {
    return List.copyOf(elements.values());
  }
}
