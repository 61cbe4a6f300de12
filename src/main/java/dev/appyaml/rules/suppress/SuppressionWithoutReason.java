package dev.appyaml.rules.suppress;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.suppress.DirectiveRule;
import dev.appyaml.suppress.Suppressions.Directive;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(id = "AY011", name = "suppression-without-reason", severity = Severity.INFO,
    summary = "a suppression comment should say why, after --")
public final class SuppressionWithoutReason implements DirectiveRule {

  @Override
  public void checkDirectives(RuleContext ctx, List<Directive> directives, Map<Directive, Set<String>> usedRules) {
    for (Directive directive : directives) {
      if (directive.reason().isBlank()) {
        ctx.report(directive.range(), "suppression gives no reason",
            Fix.hint("add one after --, as in # appyaml: disable=AY109 -- read by our own loader"));
      }
    }
  }
}
