package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;
import dev.appyaml.yaml.ScalarNode;

/**
 * An empty entrypoint: a blank string becomes the bare command {@code exec }, which starts
 * nothing; no value at all is read as "not set", which is rarely what was meant either.
 */
@RuleInfo(id = "AY505", name = "empty-entrypoint", severity = Severity.WARNING,
    summary = "entrypoint must not be empty",
    spec = {"AY-EP-006"})
public final class EmptyEntrypoint implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().generation() == Generation.FIRST && !RuntimeLanguage.is(ctx.platform(), Language.GO)) {
      return;
    }
    ctx.root().entry("entrypoint").ifPresent(entry -> {
      if (!(entry.value() instanceof ScalarNode s)) {
        return;
      }
      Fix fix = Fix.hint("write the command that starts the server, or remove entrypoint to use the runtime's default");
      if (s.isNull()) {
        ctx.report(entry.key().range(),
            "entrypoint has no value; it is read as not set and the default start command applies", fix);
      } else if (s.text().isBlank()) {
        ctx.report(s.range(), "entrypoint is blank; it becomes the bare command exec, which starts nothing", fix);
      }
    });
  }
}
