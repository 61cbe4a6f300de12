package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.text.Order;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * App Engine documents no limits; these are Cloud Run's (1,000 variables of up to 32 KB each) and
 * Cloud Run functions' limits for build variables (100, up to 64 KiB per KEY=value), used as a
 * soft guide.
 */
@RuleInfo(id = "AY519", name = "variable-limits", severity = Severity.INFO,
    summary = "env_variables and build_env_variables beyond Cloud Run's documented limits",
    spec = {"AY-VAR-007", "AY-BEV-004"})
public final class VariableLimits implements Rule {

  @Override
  public void check(RuleContext ctx) {
    check(ctx, "env_variables", ctx.app().envVariables(), 1000, 32 * 1024, "32 KB");
    check(ctx, "build_env_variables", ctx.app().buildEnvVariables(), 100, 64 * 1024, "64 KiB");
  }

  private static void check(RuleContext ctx, String key, Optional<Located<Map<Located<String>, Located<String>>>> map,
      int maxCount, int maxBytes, String sizeWords) {
    if (map.isEmpty()) {
      return;
    }
    Map<Located<String>, Located<String>> variables = map.get().value();
    if (variables.size() > maxCount) {
      ctx.report(map.get().keyRange(), key + " has " + variables.size() + " variables; Cloud Run allows at most "
          + maxCount, Fix.hint("move configuration into a file or Secret Manager"));
    }
    variables.entrySet().stream().sorted(Order.by(e -> e.getKey().range())).forEach(e -> {
      int bytes = (e.getKey().value() + "=" + e.getValue().value()).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxBytes) {
        ctx.report(e.getValue().range(), key + "." + e.getKey().value() + " is " + bytes
            + " bytes as KEY=value; Cloud Run allows at most " + sizeWords, Fix.hint("move the value into a file"));
      }
    });
  }
}
