package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

@RuleInfo(id = "AY411", name = "too-many-handlers", severity = Severity.ERROR,
    summary = "handlers may have at most 100 entries",
    spec = {"AY-HND-002"})
public final class TooManyHandlers implements Rule {

  /** gcloud's {@code MAX_URL_MAPS}. */
  static final int MAX = 100;

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    List<Located<Handler>> handlers = ctx.app().handlerList();
    if (handlers.size() > MAX) {
      ctx.report(handlers.get(MAX).range(), "handlers has " + handlers.size() + " entries and this is entry "
          + (MAX + 1) + "; expected at most " + MAX, Fix.hint("merge handlers with one url pattern"));
    }
  }
}
