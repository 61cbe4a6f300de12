package dev.appyaml.rules.handlers;

import dev.appyaml.model.AppYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

@RuleInfo(id = "AY422", name = "default-expiration-unused", severity = Severity.INFO,
    summary = "default_expiration only applies to static handlers",
    spec = {"AY-EXP-005"})
public final class DefaultExpirationUnused implements Rule {

  @Override
  public void check(RuleContext ctx) {
    AppYaml app = ctx.app();
    // Included files may bring static handlers of their own.
    if (!Handlers.judged(ctx) || app.defaultExpiration().isEmpty() || app.includes().isPresent()) {
      return;
    }
    boolean anyStatic = app.handlerList().stream()
        .anyMatch(h -> HandlerType.of(ctx, h.value()).filter(HandlerType::isStatic).isPresent());
    if (!anyStatic) {
      ctx.report(app.defaultExpiration().get().keyRange(),
          "default_expiration has no effect: no handler serves static files; expected static_files or static_dir"
              + " handlers", Fix.hint("remove default_expiration"));
    }
  }
}
