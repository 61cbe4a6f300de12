package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In the flexible environment {@code beta_settings.cloud_sql_instances} lists the Cloud SQL
 * instances to connect, comma-separated, each as its connection name
 * {@code PROJECT:REGION:INSTANCE} (a domain-scoped project adds {@code DOMAIN:} in front),
 * optionally followed by {@code =tcp:PORT}. The service validates the value, so this is a
 * warning; placeholders left from a sample are the usual catch. In the standard environment the
 * Cloud SQL socket is there without the setting.
 */
@RuleInfo(id = "AY629", name = "cloud-sql-instances", severity = Severity.WARNING,
    summary = "beta_settings.cloud_sql_instances should list connection names PROJECT:REGION:INSTANCE",
    spec = {"AY-BETA-002"})
public final class CloudSqlInstances implements Rule {

  private static final Pattern CONNECTION = Pattern.compile(
      "(?:[a-z0-9][a-z0-9.-]*:)?[a-z][a-z0-9-]*[a-z0-9]:[a-z]++(?:-[a-z]++)++[0-9]+:[a-z][a-z0-9-]*(?:=tcp:([0-9]{1,5}))?");

  @Override
  public void check(RuleContext ctx) {
    Optional<MappingNode.Entry> entry = Flex.block(ctx, "beta_settings")
        .flatMap(m -> Flex.scalarEntry(m, "cloud_sql_instances"));
    if (entry.isEmpty()) {
      return;
    }
    ScalarNode value = (ScalarNode) entry.get().value();
    if (ctx.platform().isStandard()) {
      ctx.report(entry.get().key().range(), "beta_settings.cloud_sql_instances is not needed in the standard"
              + " environment, where the Cloud SQL socket is available without it",
          Fix.hint("remove it"));
      return;
    }
    for (String item : value.pythonStr().split(",", -1)) {
      String name = item.strip();
      Matcher m = CONNECTION.matcher(name);
      boolean portOk = m.matches() && (m.group(1) == null || validPort(m.group(1)));
      if (!portOk) {
        ctx.report(value.range(), "beta_settings.cloud_sql_instances has " + (name.isEmpty() ? "an empty entry"
                : Flex.shown(name)) + "; expected a connection name PROJECT:REGION:INSTANCE, optionally with =tcp:PORT",
            Fix.hint("copy the connection name from the Cloud SQL instance's overview page"));
      }
    }
  }

  private static boolean validPort(String digits) {
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535;
  }
}
