package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code handlers}. Which type it is, is decided by a rule (spec §8.1). */
public record Handler(
    MappingNode node,
    Optional<Located<String>> url,
    Optional<Located<String>> staticFiles,
    Optional<Located<String>> staticDir,
    Optional<Located<String>> script,
    Optional<Located<String>> apiEndpoint,
    Optional<Located<String>> upload,
    Optional<Located<String>> mimeType,
    Optional<Located<String>> expiration,
    Optional<Located<Boolean>> requireMatchingFile,
    Optional<Located<Boolean>> applicationReadable,
    Optional<Located<Map<Located<String>, Located<String>>>> httpHeaders,
    Optional<Located<String>> login,
    Optional<Located<String>> authFailAction,
    Optional<Located<String>> secure,
    Optional<Located<String>> redirectHttpResponseCode,
    Optional<Located<String>> position) {

  static Optional<Handler> bind(Fields f) {
    return Optional.of(new Handler(
        f.node(),
        f.str("url"),
        f.str("static_files"),
        f.str("static_dir"),
        f.str("script"),
        f.str("api_endpoint"),
        f.str("upload"),
        f.str("mime_type"),
        f.str("expiration"),
        f.bool("require_matching_file"),
        f.bool("application_readable"),
        f.stringMap("http_headers"),
        f.str("login"),
        f.str("auth_fail_action"),
        f.str("secure"),
        f.str("redirect_http_response_code"),
        f.str("position")));
  }

  /** True when the handler serves static files ({@code static_files} or {@code static_dir}). */
  public boolean isStatic() {
    return staticFiles.isPresent() || staticDir.isPresent();
  }
}
