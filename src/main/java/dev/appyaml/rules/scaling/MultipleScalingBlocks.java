package dev.appyaml.rules.scaling;

import dev.appyaml.model.AppYaml.Scaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;
import dev.appyaml.text.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "AY301", name = "multiple-scaling-blocks", severity = Severity.ERROR,
    summary = "at most one of automatic_scaling, basic_scaling and manual_scaling may be set",
    spec = {"AY-SC-001"})
public final class MultipleScalingBlocks implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Scaling s = ctx.app().scaling();
    List<Map.Entry<String, Range>> present = new ArrayList<>();
    s.automatic().ifPresent(b -> present.add(Map.entry("automatic_scaling", b.keyRange())));
    s.basic().ifPresent(b -> present.add(Map.entry("basic_scaling", b.keyRange())));
    s.manual().ifPresent(b -> present.add(Map.entry("manual_scaling", b.keyRange())));
    if (present.size() < 2) {
      return;
    }
    present.sort(Order.by(Map.Entry::getValue));
    String first = present.get(0).getKey();
    for (Map.Entry<String, Range> later : present.subList(1, present.size())) {
      ctx.report(later.getValue(), later.getKey() + " is set as well as " + first
          + "; Google's loader accepts only one scaling block", Fix.hint("keep one scaling block"));
    }
  }
}
