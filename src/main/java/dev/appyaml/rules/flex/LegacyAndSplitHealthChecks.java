package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import java.util.Optional;

/**
 * The legacy {@code health_check} (or {@code vm_health_check}) and the split
 * {@code liveness_check}/{@code readiness_check} are two mechanisms; with split checks (the
 * default) the legacy block is not what decides an instance's health. That health_check is
 * deprecated at all is AY108's finding.
 */
@RuleInfo(id = "AY619", name = "legacy-and-split-health-checks", severity = Severity.WARNING,
    summary = "health_check should not be combined with liveness_check or readiness_check",
    spec = {"AY-HC-022"})
public final class LegacyAndSplitHealthChecks implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    MappingNode root = ctx.root();
    Optional<MappingNode.Entry> legacy = root.entry("health_check").or(() -> root.entry("vm_health_check"));
    Optional<MappingNode.Entry> split = root.entry("liveness_check").or(() -> root.entry("readiness_check"));
    if (legacy.isPresent() && split.isPresent()) {
      ctx.report(legacy.get().key().range(), legacy.get().name() + " is set together with " + split.get().name()
              + "; two health-check mechanisms are configured",
          Fix.hint("move the settings into liveness_check and readiness_check and remove " + legacy.get().name()));
    }
  }
}
