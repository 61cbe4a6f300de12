package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;
import java.util.Optional;

/**
 * The started process must listen on the port App Engine puts in {@code $PORT}. A literal 8080,
 * today's value of {@code PORT}, is only advice (spec §13 row 19).
 */
@RuleInfo(id = "AY503", name = "entrypoint-fixed-port", severity = Severity.WARNING,
    summary = "entrypoint should listen on $PORT, not on a fixed port",
    spec = {"AY-EP-002", "AY-CR-001"},
    severityVaries = "info for port 8080, the value App Engine gives PORT today")
public final class EntrypointFixedPort implements Rule {

  static final int APP_ENGINE_PORT = 8080;

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().generation() == Generation.FIRST || RuntimeLanguage.is(ctx.platform(), Language.CUSTOM)) {
      return;
    }
    ctx.app().entrypoint().ifPresent(entrypoint -> FixedPort.find(entrypoint.value()).ifPresent(binding -> {
      Fix fix = Fix.hint("listen on $PORT instead, for example gunicorn -b :$PORT or --port $PORT");
      if (binding.port() == APP_ENGINE_PORT) {
        ctx.report(Severity.INFO, entrypoint.range(), "entrypoint listens on the fixed port 8080 (" + binding.words()
            + "); that is the value App Engine gives PORT today, but reading $PORT keeps working if it changes",
            Optional.of(fix));
      } else {
        ctx.report(entrypoint.range(), "entrypoint listens on the fixed port " + binding.port() + " ("
            + binding.words() + "); expected the port in $PORT, where App Engine sends requests", fix);
      }
    }));
  }
}
