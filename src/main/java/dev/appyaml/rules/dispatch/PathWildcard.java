package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY709", name = "dispatch-path-wildcard", severity = Severity.ERROR,
    summary = "a * in a dispatch url's path may only end it (a prefix match); elsewhere it is not supported",
    spec = {"DSP-015"})
public final class PathWildcard extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).ifPresent(u -> {
        int star = u.pathPattern().indexOf('*');
        if (star >= 0 && star < u.pathPattern().length() - 1) {
          ctx.report(u.span(ctx, u.pathStart() + star, 1), "path " + u.pathPattern() + " in url \"" + u.text()
              + "\" has a * before its end; App Engine matches a path exactly, or as a prefix with one final *",
              Fix.hint("end the path at the * (" + u.pathPattern().substring(0, star + 1) + ") and route the rest in the service"));
        }
      });
    }
  }
}
