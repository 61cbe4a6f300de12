package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

/**
 * Serverless VPC Access (a connector) and Direct VPC egress (network interfaces) are two ways
 * out of the same version; App Hosting's equivalent schema refuses both together.
 */
@RuleInfo(id = "AY528", name = "vpc-connector-and-direct-vpc", severity = Severity.WARNING,
    summary = "vpc_access_connector and vpc_access are two VPC egress mechanisms; use one",
    spec = {"AY-VPC-008"})
public final class VpcConnectorAndDirectVpc implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isSecondGeneration()) {
      return;
    }
    var connector = ctx.app().vpcAccessConnector();
    ctx.root().entry("vpc_access").ifPresent(direct -> connector.ifPresent(c -> ctx.report(direct.key().range(),
        "vpc_access (Direct VPC) is set together with vpc_access_connector (line " + c.keyRange().start().line()
            + "); expected one way to reach the VPC network",
        Fix.hint("keep either the connector or Direct VPC egress"))));
  }
}
