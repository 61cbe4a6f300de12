package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a handler, resolved the way gcloud resolves it (spec §8.1): {@code api_endpoint}
 * wins, otherwise the first of {@code static_files}, {@code static_dir}, {@code script} that is
 * present. A key counts as present when it has a value: gcloud tests {@code is not None}.
 */
enum HandlerType {
  STATIC_FILES("static_files", Set.of("mime_type", "upload", "expiration", "require_matching_file",
      "http_headers", "application_readable")),
  STATIC_DIR("static_dir", Set.of("mime_type", "expiration", "require_matching_file", "http_headers",
      "application_readable")),
  SCRIPT("script", Set.of("position")),
  API_ENDPOINT("api_endpoint", Set.of("position", "script"));

  /** Keys every handler type accepts. */
  static final Set<String> COMMON = Set.of("url", "login", "auth_fail_action", "secure", "redirect_http_response_code");

  /** Every attribute of gcloud's {@code URLMap}; other keys are AY101's business. */
  static final Set<String> ATTRIBUTES = Set.of("url", "static_files", "static_dir", "script", "api_endpoint",
      "upload", "mime_type", "expiration", "require_matching_file", "application_readable", "http_headers",
      "login", "auth_fail_action", "secure", "redirect_http_response_code", "position");

  /** The keys that decide a type, in gcloud's order after {@code api_endpoint}. */
  private static final List<HandlerType> BY_ORDER = List.of(STATIC_FILES, STATIC_DIR, SCRIPT);

  private final String key;
  private final Set<String> extraKeys;

  HandlerType(String key, Set<String> extraKeys) {
    this.key = key;
    this.extraKeys = extraKeys;
  }

  /** The key that names this type, as written in the file. */
  String key() {
    return key;
  }

  boolean isStatic() {
    return this == STATIC_FILES || this == STATIC_DIR;
  }

  /** Whether a handler of this type may carry {@code attribute}. */
  boolean allows(String attribute) {
    return attribute.equals(key) || COMMON.contains(attribute) || extraKeys.contains(attribute);
  }

  static Optional<HandlerType> of(RuleContext ctx, Handler handler) {
    return of(ctx, handler.node());
  }

  private static final Object TYPES = new Object();

  /** {@link #of(MappingNode)}, resolved once per file and handler however many rules ask. */
  static Optional<HandlerType> of(RuleContext ctx, MappingNode node) {
    Map<MappingNode, Optional<HandlerType>> types = ctx.memo(TYPES, IdentityHashMap::new);
    return types.computeIfAbsent(node, HandlerType::of);
  }

  static Optional<HandlerType> of(MappingNode node) {
    if (present(node, API_ENDPOINT.key)) {
      return Optional.of(API_ENDPOINT);
    }
    return BY_ORDER.stream().filter(t -> present(node, t.key)).findFirst();
  }

  /** Written with a value; {@code key:} with nothing after it is absent for gcloud. */
  static boolean present(MappingNode node, String key) {
    return node.get(key).filter(v -> !(v instanceof ScalarNode s && s.isNull())).isPresent();
  }
}
