package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY710", name = "dispatch-url-too-long", severity = Severity.ERROR,
    summary = "the host and the path of a dispatch url are each limited to 100 characters", spec = {"DSP-016"})
public final class UrlTooLong extends DispatchRule {

  static final int LIMIT = 100;

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).ifPresent(u -> {
        int host = u.hostPattern().codePointCount(0, u.hostPattern().length());
        int path = u.pathPattern().codePointCount(0, u.pathPattern().length());
        if (host > LIMIT) {
          ctx.report(u.hostSpan(ctx), "host part of the url is " + host + " characters long; expected at most " + LIMIT);
        }
        if (path > LIMIT) {
          ctx.report(u.pathSpan(ctx), "path part of the url is " + path + " characters long; expected at most " + LIMIT);
        }
      });
    }
  }
}
