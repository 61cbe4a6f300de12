package dev.appyaml.rules.scaling;


import dev.appyaml.model.AppYaml.Scaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.time.LocalDate;

/**
 * Since March 2025 a standard service that scales automatically without max_instances is capped
 * at 20 instances; gcloud warns on every such deploy. Advice (most services never need more),
 * judged only from that change on, at the automatic_scaling key or else the runtime value.
 */
@RuleInfo(id = "AY312", name = "max-instances-default-cap", severity = Severity.INFO,
    summary = "automatic scaling without max_instances is capped at 20 instances by default",
    spec = {"AY-AS-002"})
public final class MaxInstancesDefaultCap implements Rule {

  /** The first day of the month the default cap was introduced. */
  static final LocalDate CAP_INTRODUCED = LocalDate.of(2025, 3, 1);

  @Override
  public void check(RuleContext ctx) {
    Scaling s = ctx.app().scaling();
    if (!ctx.platform().isStandard() || s.basic().isPresent() || s.manual().isPresent()
        || ctx.options().asOf().isBefore(CAP_INTRODUCED)) {
      return;
    }
    Fix fix = Fix.hint("set automatic_scaling.max_instances; 2147483647 removes the cap");
    var block = ctx.root().entry("automatic_scaling");
    if (block.isPresent() && block.get().value() instanceof MappingNode m) {
      if (m.entry("max_instances").filter(e -> !(e.value() instanceof ScalarNode v && v.isNull())).isEmpty()) {
        ctx.report(block.get().key().range(), "automatic_scaling has no max_instances; since March 2025 App Engine"
            + " caps such services at 20 instances", fix);
      }
    } else {
      Range anchor = block.map(e -> e.key().range())
          .or(() -> ctx.root().entry("runtime").map(e -> e.value().range()))
          .orElse(Range.point(ctx.root().range().start()));
      ctx.report(anchor, "the service scales automatically"
          + " without max_instances; since March 2025 App Engine caps such services at 20 instances", fix);
    }
  }
}
