package dev.appyaml.lsp;

import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import java.util.List;
import java.util.Optional;

/** Follows a key path ("handlers", "[]", "http_headers") through a catalog. */
final class CatalogPath {

  private CatalogPath() {}

  /** The mapping spec at the end of {@code path}, where the catalog describes one. */
  static Optional<ObjectSpec> spec(ObjectSpec root, List<String> path) {
    Optional<Shape> shape = Optional.of(new Shape.Obj(root));
    for (String segment : path) {
      shape = shape.flatMap(s -> step(s, segment));
    }
    return shape.filter(Shape.Obj.class::isInstance).map(s -> ((Shape.Obj) s).spec());
  }

  /** The element a key path names: its last segment in the mapping of the rest. */
  static Optional<Element> element(ObjectSpec root, List<String> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    return spec(root, path.subList(0, path.size() - 1)).flatMap(s -> s.element(path.get(path.size() - 1)));
  }

  private static Optional<Shape> step(Shape shape, String segment) {
    if (segment.equals("[]")) {
      return shape instanceof Shape.ListOf l ? Optional.of(l.item()) : Optional.empty();
    }
    return shape instanceof Shape.Obj o ? o.spec().element(segment).map(Element::shape) : Optional.empty();
  }
}
