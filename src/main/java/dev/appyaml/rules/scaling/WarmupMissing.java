package dev.appyaml.rules.scaling;

import dev.appyaml.model.AppYaml;
import dev.appyaml.model.AutomaticScaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

/**
 * Instances kept ready (min_instances above 0, or a number of min_idle_instances above 0) are
 * started through warmup requests; without {@code warmup} in inbound_services they start cold.
 */
@RuleInfo(id = "AY314", name = "warmup-missing", severity = Severity.WARNING,
    summary = "min_instances or min_idle_instances needs warmup in inbound_services",
    spec = {"AY-AS-005", "AY-AS-008", "AY-INB-005"})
public final class WarmupMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    AppYaml app = ctx.app();
    if (!ctx.platform().isStandard() || app.scaling().automatic().isEmpty() || hasWarmup(app)) {
      return;
    }
    AutomaticScaling a = app.scaling().automatic().get().value();
    Fix fix = Fix.hint("add warmup to inbound_services and handle /_ah/warmup");
    a.minInstances().filter(m -> m.value() > 0).ifPresent(m -> ctx.report(m.range(),
        "min_instances is " + m.value() + " but inbound_services has no warmup; the kept instances need warmup"
            + " requests to start properly", fix));
    a.minIdleInstances().filter(m -> ScalingValues.whole(m.value()).filter(n -> n.signum() > 0).isPresent())
        .ifPresent(m -> ctx.report(m.range(), "min_idle_instances is " + m.value()
            + " but inbound_services has no warmup; idle instances are started with warmup requests", fix));
  }

  private static boolean hasWarmup(AppYaml app) {
    List<Located<String>> services = app.inboundServices().map(Located::value).orElse(List.of());
    return services.stream().anyMatch(s -> s.value().equals("warmup"));
  }
}
