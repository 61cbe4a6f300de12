package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.regex.Pattern;

/**
 * In the flexible environment beta_settings.cloud_sql_instances lists Cloud SQL connection names,
 * comma-separated: {@code PROJECT:REGION:INSTANCE} (a domain-scoped project adds
 * {@code DOMAIN:} in front), optionally followed by {@code =tcp:PORT}.
 */
@RuleInfo(id = "AY536", name = "cloud-sql-instances", severity = Severity.WARNING,
    summary = "beta_settings.cloud_sql_instances must list PROJECT:REGION:INSTANCE connection names",
    spec = {"AY-BETA-002"})
public final class CloudSqlInstances implements Rule {

  private static final Pattern CONNECTION = Pattern.compile("(?:[^:=\\s,]+:)?[^:=\\s,]+:[^:=\\s,]+:[^:=\\s,]+(=tcp:\\d+)?");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().environment().isFlexible()) {
      return;
    }
    ctx.root().get("beta_settings").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
        .flatMap(m -> m.get("cloud_sql_instances"))
        .filter(v -> v instanceof ScalarNode s && !s.isNull())
        .map(ScalarNode.class::cast)
        .ifPresent(value -> {
          for (String name : value.pythonStr().split(",", -1)) {
            if (!CONNECTION.matcher(name.strip()).matches()) {
              ctx.report(value.range(), "beta_settings.cloud_sql_instances has " + shown(name.strip())
                      + "; expected a connection name PROJECT:REGION:INSTANCE, optionally with =tcp:PORT",
                  Fix.hint("copy the connection name from the Cloud SQL instance's overview page"));
              return;
            }
          }
        });
  }

  private static String shown(String s) {
    if (s.isEmpty()) {
      return "an empty entry";
    }
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }
}
