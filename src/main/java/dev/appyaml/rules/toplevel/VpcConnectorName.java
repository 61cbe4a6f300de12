package dev.appyaml.rules.toplevel;

import dev.appyaml.catalog.AppCatalog;
import dev.appyaml.model.VpcAccessConnector;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.regex.Pattern;

/**
 * gcloud's pattern lets a short connector name through, but the docs (and the Java SDK) require
 * the full resource name. Names that fail gcloud's own pattern are left to AY105.
 */
@RuleInfo(id = "AY527", name = "vpc-connector-name", severity = Severity.ERROR,
    summary = "vpc_access_connector.name must be the full connector resource name",
    spec = {"AY-VPC-003"})
public final class VpcConnectorName implements Rule {

  private static final Pattern GCLOUD = Pattern.compile(AppCatalog.CONNECTOR_NAME);
  private static final Pattern FULL = Pattern.compile("projects/[^/]+/locations/[^/]+/connectors/[^/]+");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().vpcAccessConnector().flatMap(c -> c.value().name()).ifPresent(name -> {
      String value = name.value();
      if (GCLOUD.matcher(value).matches() && !FULL.matcher(value).matches()) {
        String last = value.substring(value.lastIndexOf('/') + 1);
        ctx.report(name.range(), "vpc_access_connector.name is " + value
                + "; expected the full name projects/PROJECT_ID/locations/REGION/connectors/" + last,
            Fix.hint("write projects/PROJECT_ID/locations/REGION/connectors/" + last));
      }
    });
  }
}
