package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY760", name = "vpc-access-target", severity = Severity.ERROR,
    summary = "runConfig.vpcAccess needs exactly one of connector and networkInterfaces", spec = {"AH-RC-062"})
public final class VpcAccessTarget extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    file.runConfig().flatMap(rc -> rc.value().vpcAccess()).ifPresent(vpc -> {
      boolean connector = vpc.value().connector().filter(c -> !c.value().isEmpty()).isPresent();
      var interfaces = vpc.value().networkInterfaces().filter(n -> !n.value().isEmpty());
      if (connector && interfaces.isPresent()) {
        ctx.report(interfaces.get().keyRange(), "vpcAccess has both connector and networkInterfaces; App Hosting"
            + " accepts one of them", Fix.hint("keep connector (Serverless VPC Access) or networkInterfaces (Direct VPC egress)"));
      } else if (!connector && interfaces.isEmpty()) {
        ctx.report(vpc.keyRange(), "vpcAccess has neither connector nor networkInterfaces; expected one of them",
            Fix.hint("add connector: CONNECTOR_ID, or networkInterfaces with a network"));
      }
    });
  }

  static boolean present(java.util.Optional<Located<String>> s) {
    return s.filter(v -> !v.value().isEmpty()).isPresent();
  }
}
