package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.SequenceNode;

@RuleInfo(id = "AY705", name = "too-many-dispatch-rules", severity = Severity.ERROR,
    summary = "a dispatch.yaml may hold at most 20 routing rules", spec = {"DSP-005"})
public final class TooManyDispatchRules extends DispatchRule {

  static final int LIMIT = 20;

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    dispatch.dispatch().filter(d -> d.value() instanceof SequenceNode).ifPresent(d -> {
      SequenceNode rules = (SequenceNode) d.value();
      if (rules.items().size() > LIMIT) {
        ctx.report(rules.items().get(LIMIT).range(), "dispatch has " + rules.items().size()
            + " rules; expected at most " + LIMIT + " (this is rule " + (LIMIT + 1) + ")",
            Fix.hint("merge rules with wildcards such as */api/*, or route inside a service"));
      }
    });
  }
}
