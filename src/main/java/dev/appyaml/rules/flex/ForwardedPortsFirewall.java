package dev.appyaml.rules.flex;

import dev.appyaml.model.Network;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/** Forwarded ports are reached on each instance's IP address, and only through a firewall rule. */
@RuleInfo(id = "AY615", name = "forwarded-ports-firewall", severity = Severity.INFO,
    summary = "forwarded ports are reached on the instance IP and need a firewall rule",
    spec = {"AY-NET-011"})
public final class ForwardedPortsFirewall implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().network().map(Located::value).flatMap(Network::forwardedPorts)
        .filter(ports -> !ports.value().isEmpty())
        .ifPresent(ports -> ctx.report(ports.keyRange(), "forwarded ports are reached on each instance's IP address,"
                + " not through the appspot.com or custom domain, and only once a firewall rule allows them",
            Fix.hint("add a VPC firewall rule for these ports")));
  }
}
