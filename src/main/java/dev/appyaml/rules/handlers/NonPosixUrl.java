package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.regex.PatternMemo;
import dev.appyaml.regex.RegexProblem;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY408", name = "non-posix-url", severity = Severity.WARNING,
    summary = "a handler's url should use POSIX extended regular expressions, which App Engine matches urls with",
    spec = {"AY-URL-004"})
public final class NonPosixUrl implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().url().ifPresent(url -> {
        for (RegexProblem construct : PatternMemo.analyze(url.value()).nonPosixConstructs()) {
          ctx.report(ValueSpan.of(ctx, url, construct.offset(), construct.length()), "url: " + construct.message()
              + "; App Engine matches url patterns as POSIX extended regular expressions, and may reject it or"
              + " read it differently", Fix.hint("write the pattern with POSIX ERE syntax only"));
        }
      });
    }
  }
}
