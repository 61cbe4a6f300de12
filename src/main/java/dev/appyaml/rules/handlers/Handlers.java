package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.source.Located;

/** Small helpers the handler rules share. */
final class Handlers {

  private static final int MAX_SHOWN = 60;

  private Handlers() {}

  /**
   * Whether the handler rules judge this file: {@code handlers} belong to the standard
   * environment (spec §8); in the flexible environment AY107 already reports them as unused.
   */
  static boolean judged(RuleContext ctx) {
    return ctx.platform().isStandard();
  }

  /** How messages name a handler: by its url pattern, or by its line when it has none. */
  static String name(Located<Handler> handler) {
    return handler.value().url()
        .map(u -> "the handler for " + shown(u.value()))
        .orElse("the handler at line " + handler.range().start().line());
  }

  /** A value as messages quote it: one line, control characters escaped, at most 60 characters. */
  static String shown(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.length() > MAX_SHOWN ? out.substring(0, MAX_SHOWN - 1) + "…" : out.toString();
  }
}
