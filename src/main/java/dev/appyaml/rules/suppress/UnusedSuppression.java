package dev.appyaml.rules.suppress;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.Severity;
import dev.appyaml.suppress.DirectiveRule;
import dev.appyaml.suppress.Suppressions.Directive;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(id = "AY010", name = "unused-suppression", severity = Severity.WARNING,
    summary = "a suppression comment must suppress a finding of a rule that exists")
public final class UnusedSuppression implements DirectiveRule {

  @Override
  public void checkDirectives(RuleContext ctx, List<Directive> directives, Map<Directive, Set<String>> usedRules) {
    for (Directive directive : directives) {
      if (directive.rules().isEmpty()) {
        ctx.report(directive.range(), "suppression names no rule; expected disable=AYnnn",
            Fix.hint("name the rule, as in # appyaml: disable=AY109 -- reason"));
      }
      for (String rule : directive.rules()) {
        if (RuleRegistry.byId(rule).isEmpty()) {
          ctx.report(directive.range(), "suppression names " + rule + ", which is not a rule",
              Fix.hint("use an id from appyaml rules"));
        } else if (!usedRules.getOrDefault(directive, Set.of()).contains(rule)) {
          ctx.report(directive.range(), "suppression of " + rule + " matches no finding"
              + (directive.fileWide() ? " in this file" : " on line " + directive.coveredLine()),
              Fix.hint("remove it"));
        }
      }
    }
  }
}
