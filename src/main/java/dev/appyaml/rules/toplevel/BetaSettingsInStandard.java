package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.YamlNode;

/**
 * beta_settings is documented for the flexible environment only. A block that holds nothing but
 * cloud_sql_instances is left to AY629, which says that setting is not needed in the standard
 * environment.
 */
@RuleInfo(id = "AY535", name = "beta-settings-in-standard", severity = Severity.WARNING,
    summary = "beta_settings is not documented for the standard environment",
    spec = {"AY-BETA-005"})
public final class BetaSettingsInStandard implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.root().entry("beta_settings").filter(entry -> !onlyCloudSql(entry.value())).ifPresent(entry ->
        ctx.report(entry.key().range(), "beta_settings is not documented for the standard environment; its"
            + " settings are meant for the flexible environment", Fix.hint("remove it")));
  }

  private static boolean onlyCloudSql(YamlNode value) {
    return value instanceof MappingNode m && !m.entries().isEmpty()
        && m.entries().stream().allMatch(e -> e.name().equals("cloud_sql_instances"));
  }
}
