package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.source.Located;

/** Small helpers the handler rules share. */
final class Handlers {

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
        .map(u -> "the handler for " + u.value())
        .orElse("the handler at line " + handler.range().start().line());
  }
}
