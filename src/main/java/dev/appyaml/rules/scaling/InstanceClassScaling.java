package dev.appyaml.rules.scaling;

import dev.appyaml.model.AppYaml.Scaling;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;

/**
 * F classes serve automatic scaling only; B classes serve basic and manual scaling only. With no
 * scaling block the service scales automatically.
 */
@RuleInfo(id = "AY303", name = "instance-class-scaling-mismatch", severity = Severity.ERROR,
    summary = "an F instance class needs automatic scaling, a B class basic_scaling or manual_scaling",
    spec = {"AY-IC-003", "AY-IC-004", "AY-BS-003", "AY-MS-002", "AY-AS-019", "AY-AS-021"})
public final class InstanceClassScaling implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().instanceClass().ifPresent(c -> ScalingValues.knownClass(c.value()).ifPresent(known -> {
      Scaling s = ctx.app().scaling();
      String scaling = s.basic().isPresent() ? "basic_scaling" : s.manual().isPresent() ? "manual_scaling" : null;
      boolean fClass = ScalingValues.F_CLASSES.contains(known);
      if (scaling != null && fClass) {
        ctx.report(c.range(), "instance class " + c.value() + " is for automatic scaling and cannot be used with "
                + scaling + "; expected " + Describe.choices(ScalingValues.B_CLASSES),
            Fix.hint("use a B class such as B2 (the default for " + scaling + ")"));
      } else if (scaling == null && !fClass) {
        String how = s.automatic().isPresent() ? "with automatic_scaling" : "without a scaling block, which means automatic scaling";
        ctx.report(c.range(), "instance class " + c.value() + " needs basic_scaling or manual_scaling but is used "
                + how + "; expected " + Describe.choices(ScalingValues.F_CLASSES),
            Fix.hint("use an F class such as F1, or add basic_scaling or manual_scaling"));
      }
    }));
  }
}
