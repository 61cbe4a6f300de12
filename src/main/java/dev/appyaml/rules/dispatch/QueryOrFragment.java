package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY714", name = "dispatch-query-or-fragment", severity = Severity.WARNING,
    summary = "dispatch rules match host and path only, so a ? or # in the pattern can never match",
    spec = {"DSP-020"})
public final class QueryOrFragment extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).ifPresent(u -> {
        String path = u.pathPattern();
        int at = firstOf(path, '?', '#');
        if (at >= 0) {
          String what = path.charAt(at) == '?' ? "a query string" : "a fragment";
          ctx.report(u.span(ctx, u.pathStart() + at, path.length() - at), "path " + path + " has " + what
              + "; dispatch rules see only the host and the path, so this rule never matches",
              Fix.replaceWith("remove it", ""));
        }
      });
    }
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
