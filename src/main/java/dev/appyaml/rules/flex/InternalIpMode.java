package dev.appyaml.rules.flex;

import dev.appyaml.model.Network;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/** Without external IP addresses, instances reach Google APIs only through Private Google Access. */
@RuleInfo(id = "AY616", name = "internal-ip-mode", severity = Severity.INFO,
    summary = "instance_ip_mode internal needs Private Google Access on the subnetwork",
    spec = {"AY-NET-007"})
public final class InternalIpMode implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().network().map(Located::value).flatMap(Network::instanceIpMode)
        .filter(mode -> mode.value().equals("internal") || mode.value().equals("INTERNAL"))
        .ifPresent(mode -> ctx.report(mode.range(), "instance_ip_mode " + mode.value() + " gives instances no"
                + " external IP address; they reach Google APIs only if the subnetwork has Private Google Access",
            Fix.hint("enable Private Google Access on the subnetwork")));
  }
}
