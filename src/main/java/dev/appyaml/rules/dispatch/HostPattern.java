package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Locale;

@RuleInfo(id = "AY707", name = "dispatch-host-pattern", severity = Severity.ERROR,
    summary = "a dispatch url's host must be a lower-case host name, optionally after one leading *",
    spec = {"DSP-012", "DSP-014", "DSP-017"})
public final class HostPattern extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).filter(u -> !u.hasScheme()).ifPresent(u -> check(ctx, u));
    }
  }

  private void check(RuleContext ctx, DispatchUrl url) {
    boolean valid = url.hostIsWildcard()
        ? DispatchUrl.SUFFIX_HOST.matcher(url.hostPattern()).matches()
        : DispatchUrl.EXACT_HOST.matcher(url.host()).matches();
    if (valid) {
      dotForm(ctx, url);
      return;
    }
    String host = url.hostPattern();
    int from = url.hostIsWildcard() ? 1 : 0;
    String what = "host " + host + " in url \"" + url.text() + "\"";
    int star = host.indexOf('*', from);
    int colon = host.indexOf(':');
    int underscore = host.indexOf('_');
    if (star >= 0) {
      ctx.report(url.span(ctx, star, 1), what + " has a * inside it; a * can only start the host, as in *.example.com",
          Fix.hint("put the * first, or write the host out"));
    } else if (colon >= 0) {
      ctx.report(url.span(ctx, colon, host.length() - colon), what + " has a port; dispatch rules match host names only",
          Fix.replaceWith("remove the port", ""));
    } else if (!host.toLowerCase(Locale.ROOT).equals(host)) {
      ctx.report(url.hostSpan(ctx), what + " has upper-case letters; dispatch hosts are written in lower case",
          Fix.replaceWith("write it in lower case", host.toLowerCase(Locale.ROOT)));
    } else if (underscore >= 0) {
      ctx.report(url.span(ctx, underscore, 1), what + " has an underscore; host names use letters, digits, hyphens and dots");
    } else if (host.endsWith(".") && host.length() > from + 1) {
      ctx.report(url.span(ctx, host.length() - 1, 1), what + " ends with a dot; expected a host name without the final dot",
          Fix.replaceWith("remove the dot", ""));
    } else if (url.hostIsWildcard()) {
      ctx.report(url.hostSpan(ctx), what + " is not a valid wildcard; expected * alone, * and the end of a name (*-dev),"
          + " or * and a domain (*.example.com)");
    } else {
      ctx.report(url.hostSpan(ctx), what + " is not a valid host name; expected lower-case names of letters, digits"
          + " and hyphens separated by dots, none starting or ending with a hyphen");
    }
  }

  /** DSP-017: the -dot- form of HTTPS host names cannot be matched; dispatch sees dotted names. */
  private void dotForm(RuleContext ctx, DispatchUrl url) {
    int at = url.hostPattern().indexOf("-dot-");
    if (at >= 0) {
      String dotted = url.hostPattern().replace("-dot-", ".");
      ctx.report(url.hostSpan(ctx), "host " + url.hostPattern() + " uses the -dot- form; dispatch rules match"
          + " .-separated host names, such as " + dotted, Fix.replaceWith("write it with dots", dotted));
    }
  }
}
