package dev.appyaml.rules.scaling;

import dev.appyaml.model.AppYaml.Scaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;

/**
 * Since March 2025 a standard service that scales automatically without max_instances is capped
 * at 20 instances; gcloud warns on every such deploy.
 */
@RuleInfo(id = "AY312", name = "max-instances-default-cap", severity = Severity.WARNING,
    summary = "automatic scaling without max_instances is capped at 20 instances by default",
    spec = {"AY-AS-002"})
public final class MaxInstancesDefaultCap implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Scaling s = ctx.app().scaling();
    if (!ctx.platform().isStandard() || s.basic().isPresent() || s.manual().isPresent()) {
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
      ctx.report(block.map(e -> e.key().range()).orElse(ctx.root().range()), "the service scales automatically"
          + " without max_instances; since March 2025 App Engine caps such services at 20 instances", fix);
    }
  }
}
