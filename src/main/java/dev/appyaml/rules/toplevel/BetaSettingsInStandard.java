package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;

/**
 * beta_settings is documented for the flexible environment only. The setting people copy most,
 * cloud_sql_instances, is not needed in the standard environment: the Cloud SQL socket is there
 * without it.
 */
@RuleInfo(id = "AY535", name = "beta-settings-in-standard", severity = Severity.WARNING,
    summary = "beta_settings is not documented for the standard environment",
    spec = {"AY-BETA-005", "AY-BETA-002"})
public final class BetaSettingsInStandard implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.root().entry("beta_settings").ifPresent(entry -> {
      boolean cloudSql = entry.value() instanceof MappingNode m && m.entry("cloud_sql_instances").isPresent();
      ctx.report(entry.key().range(), "beta_settings is not documented for the standard environment"
              + (cloudSql ? "; cloud_sql_instances is not needed there, the Cloud SQL socket is available without it" : ""),
          Fix.hint("remove it"));
    });
  }
}
