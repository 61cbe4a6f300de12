package dev.appyaml.rules.flex;

import dev.appyaml.model.Network;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/** The flexible reference: "If you want to specify a subnetwork name, you must specify a network name." */
@RuleInfo(id = "AY613", name = "subnetwork-without-network", severity = Severity.ERROR,
    summary = "network.subnetwork_name needs network.name",
    spec = {"AY-NET-004"})
public final class SubnetworkWithoutNetwork implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().network().map(Located::value)
        .filter(n -> n.name().isEmpty())
        .flatMap(Network::subnetworkName)
        .ifPresent(subnet -> ctx.report(subnet.keyRange(), "network.subnetwork_name is set without network.name;"
                + " a subnetwork needs the name of its network",
            Fix.hint("add network.name, such as default")));
  }
}
