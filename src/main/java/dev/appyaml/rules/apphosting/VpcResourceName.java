package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(id = "AY761", name = "vpc-resource-name", severity = Severity.ERROR,
    summary = "a VPC connector, network or subnetwork is an id or a full resource name of the right form",
    spec = {"AH-RC-063", "AH-RC-064"})
public final class VpcResourceName extends AppHostingRule {

  private static final Pattern ID = Pattern.compile("[^/]+");
  private static final Pattern CONNECTOR = Pattern.compile("projects/[^/]+/locations/[^/]+/connectors/[^/]+");
  private static final Pattern NETWORK = Pattern.compile("projects/[^/]+/global/networks/[^/]+");
  private static final Pattern SUBNETWORK = Pattern.compile("projects/[^/]+/regions/[^/]+/subnetworks/[^/]+");

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    file.runConfig().flatMap(rc -> rc.value().vpcAccess()).ifPresent(vpc -> {
      name(ctx, "connector", vpc.value().connector(), CONNECTOR, "projects/PROJECT/locations/REGION/connectors/NAME");
      for (Located<AppHostingYaml.NetworkInterface> ni : vpc.value().networkInterfaces().map(Located::value).orElse(java.util.List.of())) {
        boolean network = VpcAccessTarget.present(ni.value().network());
        boolean subnetwork = VpcAccessTarget.present(ni.value().subnetwork());
        if (!network && !subnetwork) {
          ctx.report(ni.range(), "network interface has neither network nor subnetwork; expected at least one",
              Fix.hint("add network: NETWORK_ID"));
        }
        name(ctx, "network", ni.value().network(), NETWORK, "projects/PROJECT/global/networks/NAME");
        name(ctx, "subnetwork", ni.value().subnetwork(), SUBNETWORK, "projects/PROJECT/regions/REGION/subnetworks/NAME");
      }
    });
  }

  private void name(RuleContext ctx, String key, Optional<Located<String>> value, Pattern full, String form) {
    value.filter(v -> !v.value().isEmpty() && !ID.matcher(v.value()).matches() && !full.matcher(v.value()).matches())
        .ifPresent(v -> ctx.report(v.range(), key + " is " + v.value() + "; expected an id without / or " + form));
  }
}
