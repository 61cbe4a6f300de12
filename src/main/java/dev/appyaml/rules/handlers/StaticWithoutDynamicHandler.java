package dev.appyaml.rules.handlers;

import dev.appyaml.model.AppYaml;
import dev.appyaml.model.Handler;
import dev.appyaml.model.Platform;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY410", name = "static-without-dynamic-handler", severity = Severity.WARNING,
    summary = "on second-generation runtimes and go111, static handlers need a script: auto handler or an entrypoint",
    spec = {"AY-HND-006"},
    severityVaries = "error for runtime go111")
public final class StaticWithoutDynamicHandler implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Platform platform = ctx.platform();
    AppYaml app = ctx.app();
    if (!Handlers.judged(ctx) || !(platform.isSecondGeneration() || platform.isRuntime("go111"))
        || app.handlers().isEmpty() || app.entrypoint().isPresent()) {
      return;
    }
    List<Located<Handler>> handlers = app.handlerList();
    boolean anyStatic = handlers.stream()
        .anyMatch(h -> HandlerType.of(ctx, h.value()).filter(HandlerType::isStatic).isPresent());
    boolean anyDynamic = handlers.stream().anyMatch(h -> HandlerType.of(ctx, h.value()).filter(t -> t == HandlerType.SCRIPT)
        .isPresent() && h.value().script().filter(s -> s.value().equals("auto")).isPresent());
    if (anyStatic && !anyDynamic) {
      // The go111 reference states the deploy fails. The shared docs say so for every runtime, but
      // Google's own Node.js and PHP samples deploy with static handlers only: there it is advice.
      Severity severity = platform.isRuntime("go111") ? Severity.ERROR : Severity.WARNING;
      ctx.report(severity, app.handlers().get().keyRange(), "handlers serve static files, but no handler has"
          + " script: auto and entrypoint is not set; expected one of the two",
          Optional.of(Fix.hint("add a last handler with url: /.* and script: auto")));
    }
  }
}
