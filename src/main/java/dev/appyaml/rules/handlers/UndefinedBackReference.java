package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.regex.PatternMemo;
import dev.appyaml.regex.Analysis;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY406", name = "undefined-back-reference", severity = Severity.ERROR,
    summary = "a back-reference \\N in static_files (or in a php55 script) must name a capturing group of url",
    spec = {"AY-STA-002", "AY-SCR-004", "AY-PHP55-002"})
public final class UndefinedBackReference implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    boolean php55 = ctx.platform().isRuntime("php55");
    for (Located<Handler> handler : ctx.app().handlerList()) {
      Handler h = handler.value();
      if (h.url().isEmpty()) {
        continue;
      }
      Located<String> url = h.url().get();
      Analysis analysis = PatternMemo.analyze(url.value());
      if (analysis.error().isPresent()) {
        continue; // AY407 reports the url; its groups cannot be counted
      }
      HandlerType.of(ctx, h).ifPresent(type -> {
        if (type == HandlerType.STATIC_FILES) {
          h.staticFiles().ifPresent(path -> check(ctx, "static_files", path, url.value(), analysis.groupCount()));
        } else if (type == HandlerType.SCRIPT && php55) {
          h.script().ifPresent(script -> check(ctx, "script", script, url.value(), analysis.groupCount()));
        }
      });
    }
  }

  /** Finds {@code \1}…{@code \9}; a doubled backslash is a literal one. */
  private static void check(RuleContext ctx, String key, Located<String> value, String url, int groups) {
    String text = value.value();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) != '\\') {
        continue;
      }
      char next = text.charAt(i + 1);
      if (next >= '1' && next <= '9' && next - '0' > groups) {
        String has = groups == 0 ? "no capturing group"
            : "only " + groups + (groups == 1 ? " capturing group" : " capturing groups");
        ctx.report(ValueSpan.of(ctx, value, i, 2), key + " refers to \\" + next + ", but url " + Handlers.shown(url) + " has " + has,
            Fix.hint(groups == 0 ? "put the part of url to copy in parentheses"
                : groups == 1 ? "refer to \\1" : "refer to a group from \\1 to \\" + groups));
      }
      i++;
    }
  }
}
