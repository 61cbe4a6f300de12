package dev.appyaml.rules.flex;

import dev.appyaml.model.HealthCheck;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

/** The path of a split health check is a URL path on the instance, such as {@code /liveness_check}. */
@RuleInfo(id = "AY617", name = "health-check-path", severity = Severity.WARNING,
    summary = "liveness_check.path and readiness_check.path should start with /",
    spec = {"AY-HC-001", "AY-HC-010"})
public final class HealthCheckPath implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    check(ctx, "liveness_check", ctx.app().flexible().livenessCheck());
    check(ctx, "readiness_check", ctx.app().flexible().readinessCheck());
  }

  private static void check(RuleContext ctx, String key, Optional<Located<HealthCheck>> block) {
    block.map(Located::value).flatMap(HealthCheck::path)
        .filter(path -> !path.value().startsWith("/"))
        .ifPresent(path -> ctx.report(path.range(), key + ".path is " + Flex.shown(path.value())
                + "; expected a URL path starting with /",
            Fix.replaceWith("start the path with /", "/" + path.value().strip())));
  }
}
