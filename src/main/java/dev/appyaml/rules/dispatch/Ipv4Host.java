package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(id = "AY708", name = "dispatch-ipv4-host", severity = Severity.ERROR,
    summary = "a dispatch url's host may not be an IPv4 address", spec = {"DSP-013"})
public final class Ipv4Host extends DispatchRule {

  private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\n?");

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).filter(u -> !u.hostIsWildcard() && isIpv4(u.host())).ifPresent(u ->
          ctx.report(u.hostSpan(ctx), "host " + u.host() + " is an IPv4 address; dispatch rules match host names only",
              Fix.hint("use the host name requests arrive with, or * for every host")));
    }
  }

  /** gcloud's test: four numbers of up to three digits, each at most 255. */
  static boolean isIpv4(String host) {
    Matcher m = IPV4.matcher(host);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }
}
