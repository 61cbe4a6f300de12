package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY757", name = "runconfig-min-above-max", severity = Severity.ERROR,
    summary = "runConfig.minInstances must not exceed maxInstances, or 100 when maxInstances is not set",
    spec = {"AH-RC-042", "AH-MRG-001"})
public final class MinAboveMax extends RunConfigRule {

  static final long DEFAULT_MAX = 100;

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.minInstances().ifPresent(min -> {
      if (config.maxInstances().isPresent()) {
        var max = config.maxInstances().get();
        if (max.value() > 0 && min.value() > max.value()) {
          out.accept(Finding.of(min, "minInstances is " + min.shown() + ", more than maxInstances " + max.shown()
              + "; expected at most " + max.shown(), Fix.hint("lower minInstances, or raise maxInstances"), max));
        }
      } else if (min.value() > DEFAULT_MAX) {
        out.accept(Finding.of(min, "minInstances is " + min.shown() + "; without maxInstances it must be at most "
            + DEFAULT_MAX, Fix.hint("set maxInstances to at least " + min.shown() + ", or lower minInstances")).usingDefault());
      }
    });
  }
}
