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
import java.util.Optional;

@RuleInfo(id = "AY407", name = "invalid-regex", severity = Severity.ERROR,
    summary = "a handler's url and upload must be regular expressions that compile",
    spec = {"AY-URL-004", "AY-STA-004"})
public final class InvalidRegex implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().url().ifPresent(url -> check(ctx, "url", url));
      handler.value().upload().ifPresent(upload -> check(ctx, "upload", upload));
    }
  }

  private static void check(RuleContext ctx, String key, Located<String> pattern) {
    Optional<RegexProblem> error = PatternMemo.analyze(pattern.value()).error();
    error.ifPresent(e -> ctx.report(ValueSpan.of(ctx, pattern, e.offset(), e.length()),
        key + " is not a valid regular expression: " + e.message(),
        Fix.hint("escape characters meant literally with a backslash, such as \\( or \\[")));
  }
}
