package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY302", name = "unknown-instance-class", severity = Severity.ERROR,
    summary = "instance_class must be one of the standard environment's classes, spelt in upper case",
    spec = {"AY-IC-001", "AY-IC-002"},
    severityVaries = "warning for a known instance class written in lower case",
    safeFix = true)
public final class InstanceClassName implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().instanceClass().ifPresent(c -> {
      String written = c.value();
      Optional<String> known = ScalingValues.knownClass(written);
      if (known.isPresent() && known.get().equals(written)) {
        return;
      }
      if (known.isPresent()) {
        ctx.report(Severity.WARNING, c.range(), "instance_class " + written + " is in lower case; Google documents "
            + known.get(), Optional.of(Fix.replaceWith("write " + known.get(), known.get())));
        return;
      }
      List<String> all = new ArrayList<>(ScalingValues.F_CLASSES);
      all.addAll(ScalingValues.B_CLASSES);
      ctx.report(c.range(), "instance_class " + written + " is not an App Engine instance class; expected "
              + Describe.choices(all), Fix.hint("use one of the listed classes"));
    });
  }
}
