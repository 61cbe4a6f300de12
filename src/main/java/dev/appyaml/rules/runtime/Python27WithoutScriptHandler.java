package dev.appyaml.rules.runtime;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY232", name = "python27-without-script-handler", severity = Severity.WARNING,
    summary = "a python27 service needs a script handler to serve dynamic requests",
    spec = {"AY-PY27-004"})
public final class Python27WithoutScriptHandler implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isRuntime("python27")
        || ctx.app().builtins().isPresent() || ctx.app().includes().isPresent()) {
      return;
    }
    boolean dynamic = ctx.app().handlerList().stream().map(Located::value).anyMatch(h -> h.script().isPresent());
    if (!dynamic) {
      ctx.report(ctx.app().handlers().map(Located::keyRange).orElse(ctx.app().runtime().get().range()),
          "python27 service has no script handler, so it can serve only static files",
          Fix.hint("add a handler such as url: /.* with script: main.app"));
    }
  }
}
