package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

/**
 * The XMPP and Channel APIs are retired: gcloud still accepts their inbound services, but the
 * newer copy of Google's validator no longer does, and nothing delivers such requests.
 */
@RuleInfo(id = "AY524", name = "retired-inbound-service", severity = Severity.WARNING,
    summary = "inbound services of the retired XMPP and Channel APIs receive nothing",
    spec = {"AY-INB-002"})
public final class RetiredInboundService implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    for (Located<String> service : ctx.app().inboundServices().map(Located::value).orElse(List.of())) {
      String name = service.value();
      if (name.startsWith("xmpp_") || name.equals("channel_presence")) {
        String api = name.startsWith("xmpp_") ? "XMPP" : "Channel";
        ctx.report(service.range(), "inbound service " + name + " belongs to the retired " + api
            + " API; expected warmup, mail or mail_bounce", Fix.hint("remove it"));
      }
    }
  }
}
