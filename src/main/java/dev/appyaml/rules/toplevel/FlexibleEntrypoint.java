package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;

/**
 * In the flexible environment the entrypoint starts the server: {@code runtime: python} expects
 * one (every docs example sets it), while {@code runtime: custom} starts what the Dockerfile says
 * and ignores it.
 */
@RuleInfo(id = "AY506", name = "flexible-entrypoint", severity = Severity.WARNING,
    summary = "flexible python needs an entrypoint; a custom runtime ignores it",
    spec = {"AY-EP-005"})
public final class FlexibleEntrypoint implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().environment().isFlexible()) {
      return;
    }
    var entry = ctx.root().entry("entrypoint");
    if (RuntimeLanguage.is(ctx.platform(), Language.PYTHON) && entry.isEmpty()) {
      ctx.app().runtime().ifPresent(runtime -> ctx.report(runtime.range(),
          "runtime python in the flexible environment has no entrypoint; expected the command that starts the server",
          Fix.hint("add an entrypoint such as gunicorn -b :$PORT main:app")));
    }
    if (RuntimeLanguage.is(ctx.platform(), Language.CUSTOM)) {
      entry.ifPresent(e -> ctx.report(e.key().range(),
          "entrypoint is ignored with runtime custom; the container starts with the Dockerfile's ENTRYPOINT or CMD",
          Fix.hint("move the command into the Dockerfile and remove entrypoint")));
    }
  }
}
