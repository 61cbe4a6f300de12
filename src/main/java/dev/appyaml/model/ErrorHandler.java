package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;

/** One entry of {@code error_handlers} (spec §9.1). */
public record ErrorHandler(
    Optional<Located<String>> file, Optional<Located<String>> errorCode, Optional<Located<String>> mimeType) {

  static Optional<ErrorHandler> bind(Fields f) {
    return Optional.of(new ErrorHandler(f.str("file"), f.str("error_code"), f.str("mime_type")));
  }
}
