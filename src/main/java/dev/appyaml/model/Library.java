package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.ScalarNode;
import java.util.Optional;

/** One entry of {@code libraries} ({@code python27} only, spec §9.7). */
public record Library(Optional<Located<String>> name, Optional<Located<ScalarNode>> version) {

  static Optional<Library> bind(Fields f) {
    return Optional.of(new Library(f.str("name"), f.scalar("version")));
  }
}
