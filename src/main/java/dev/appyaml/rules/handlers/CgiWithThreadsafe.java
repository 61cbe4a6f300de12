package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.Scalars;

@RuleInfo(id = "AY415", name = "cgi-with-threadsafe", severity = Severity.ERROR,
    summary = "python27 cannot run a CGI script (a path ending in .py or containing /) with threadsafe: true",
    spec = {"AY-TS-004", "AY-SCR-003", "AY-PY27-003"})
public final class CgiWithThreadsafe implements Rule {

  @Override
  public void check(RuleContext ctx) {
    // gcloud converts threadsafe with Python's bool(), so "false" in quotes is true as well.
    boolean threadsafe = ctx.app().threadsafe().map(t -> Scalars.pythonBool(t.value())).orElse(false);
    if (!Handlers.judged(ctx) || !ctx.platform().isRuntime("python27") || !threadsafe) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().script().filter(s -> isCgi(s.value())).ifPresent(script -> ctx.report(script.range(),
          "script " + Handlers.shown(script.value()) + " is a CGI script, which cannot run with threadsafe: true;"
              + " expected a WSGI application such as main.app",
          Fix.hint("point script at the module's WSGI application, or set threadsafe: false")));
    }
  }

  static boolean isCgi(String script) {
    return script.endsWith(".py") || script.contains("/");
  }
}
