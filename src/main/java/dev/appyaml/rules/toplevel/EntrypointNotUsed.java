package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;

/**
 * First-generation runtimes start the app themselves and route requests by handlers;
 * {@code go111} is the exception, its traffic is served through the entrypoint command.
 */
@RuleInfo(id = "AY504", name = "entrypoint-not-used", severity = Severity.WARNING,
    summary = "python27, php55 and java8 do not use entrypoint",
    spec = {"AY-EP-003"})
public final class EntrypointNotUsed implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().generation() != Generation.FIRST || RuntimeLanguage.is(ctx.platform(), Language.GO)) {
      return;
    }
    ctx.root().entry("entrypoint").ifPresent(entry -> ctx.report(entry.key().range(),
        "entrypoint is not used by runtime " + ctx.platform().runtime().orElse("")
            + "; requests reach the app through its handlers", Fix.hint("remove it")));
  }
}
