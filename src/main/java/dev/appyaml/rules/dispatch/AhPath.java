package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY712", name = "dispatch-ah-path", severity = Severity.WARNING,
    summary = "requests to /_ah/ paths are never routed by dispatch rules, so such a rule has no effect",
    spec = {"DSP-018"})
public final class AhPath extends DispatchRule {

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
      DispatchUrl.of(rule.value().url()).filter(u -> u.pathPattern().startsWith("/_ah/")).ifPresent(u ->
          ctx.report(u.pathSpan(ctx), "path " + u.pathPattern() + " is under /_ah/, which dispatch rules never route;"
              + " this rule has no effect", Fix.hint("remove the rule; /_ah/ requests go to the service they address")));
    }
  }
}
