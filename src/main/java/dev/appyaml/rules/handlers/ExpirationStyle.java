package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(id = "AY421", name = "expiration-style", severity = Severity.INFO,
    summary = "cache durations should give every number a lower-case unit (d, h, m or s)",
    spec = {"AY-EXP-004"},
    safeFix = true)
public final class ExpirationStyle implements Rule {

  /** gcloud's _EXPIRATION_REGEX; values it rejects are AY105's. */
  private static final Pattern EXPIRATION =
      Pattern.compile("\\s*([0-9]+)([DdHhMm]|[sS]?)(\\s+([0-9]+)([DdHhMm]|[sS]?))*\\s*");
  private static final Pattern TERM = Pattern.compile("([0-9]+)([DdHhMmSs]?)");

  @Override
  public void check(RuleContext ctx) {
    if (!Handlers.judged(ctx)) {
      return;
    }
    ctx.app().defaultExpiration().ifPresent(e -> check(ctx, "default_expiration", e));
    for (Located<Handler> handler : ctx.app().handlerList()) {
      handler.value().expiration().ifPresent(e -> check(ctx, "expiration", e));
    }
  }

  private static void check(RuleContext ctx, String key, Located<String> value) {
    if (!EXPIRATION.matcher(value.value()).matches()) {
      return;
    }
    List<String> odd = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    Matcher term = TERM.matcher(value.value());
    while (term.find()) {
      String unit = term.group(2);
      if (unit.isEmpty()) {
        odd.add(term.group() + " has no unit");
      } else if (!unit.equals(unit.toLowerCase(Locale.ROOT))) {
        odd.add(term.group() + " has an upper-case unit");
      }
      fixed.add(term.group(1) + (unit.isEmpty() ? "s" : unit.toLowerCase(Locale.ROOT)));
    }
    if (!odd.isEmpty()) {
      String replacement = String.join(" ", fixed);
      ctx.report(value.range(), key + " is " + Handlers.shown(value.value().strip()) + " (" + String.join(", ", odd)
          + "); expected lower-case units d, h, m or s after every number, such as " + replacement,
          Fix.replaceWith("write " + replacement, replacement));
    }
  }
}
