package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.model.Platform;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY409", name = "script-not-auto", severity = Severity.ERROR,
    summary = "on second-generation runtimes and go111 a handler's script must be auto",
    spec = {"AY-SCR-001", "AY-SCR-002"},
    severityVaries = "warning for Java runtimes")
public final class ScriptNotAuto implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Platform platform = ctx.platform();
    if (!Handlers.judged(ctx) || !(platform.isSecondGeneration() || platform.isRuntime("go111"))) {
      return;
    }
    String runtime = platform.runtime().orElse("");
    // The Java SDK stages appengine-web.xml apps for java11+ with "script: unused", which deploys:
    // for Java the rule can only advise.
    Severity severity = runtime.startsWith("java") ? Severity.WARNING : Severity.ERROR;
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      if (HandlerType.of(ctx, h).filter(t -> t == HandlerType.SCRIPT).isEmpty()) {
        continue;
      }
      h.script().filter(s -> !s.value().equals("auto")).ifPresent(script -> ctx.report(severity, script.range(),
          "script is " + Handlers.shown(script.value()) + "; expected auto, as " + runtime
              + " sends every request to the app's entrypoint", Optional.of(Fix.replaceWith("write auto", "auto"))));
    }
  }
}
