package dev.appyaml.rules.flex;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.Arrays;
import java.util.List;
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
      "(?:[a-z0-9][a-z0-9.-]*:)?[a-z][a-z0-9-]*[a-z0-9]:[a-z]+(?:-[a-z]+)+[0-9]+:[a-z][a-z0-9-]*(?:=tcp:([0-9]{1,5}))?");

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*|<[^<>]*>|\\$?\\{[^{}]*}|\\[[^\\[\\]]*]");

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
        List<String> placeholders = placeholders(name);
        String found = placeholders.isEmpty() ? ""
            : "; " + listed(placeholders) + (placeholders.size() == 1 ? " is a placeholder" : " are placeholders")
                + " left from a sample";
        ctx.report(value.range(), "beta_settings.cloud_sql_instances has " + (name.isEmpty() ? "an empty entry"
                : Flex.shown(name)) + found + "; expected a connection name PROJECT:REGION:INSTANCE, optionally with =tcp:PORT",
            Fix.hint("copy the connection name from the Cloud SQL instance's overview page"));
      }
    }
  }

  /** Parts of a connection name written as a sample's placeholder: PROJECT_ID, <INSTANCE-NAME>, ${REGION}. */
  private static List<String> placeholders(String connectionName) {
    int eq = connectionName.indexOf('=');
    String name = eq < 0 ? connectionName : connectionName.substring(0, eq);
    return Arrays.stream(name.split(":", -1)).map(String::strip).filter(p -> PLACEHOLDER.matcher(p).matches()).toList();
  }

  private static String listed(List<String> words) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  private static boolean validPort(String digits) {
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535;
  }
}
