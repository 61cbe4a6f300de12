package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY753", name = "runconfig-concurrency", severity = Severity.ERROR,
    summary = "runConfig.concurrency must be a whole number of requests up to 1000", spec = {"AH-RC-020", "AH-MRG-001"})
public final class ConcurrencyValue extends RunConfigRule {

  static final long MAX = 1000;

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.concurrency().filter(c -> c.value() < 0 || c.value() > MAX).ifPresent(c ->
        out.accept(Finding.of(c, "concurrency is " + c.shown() + "; expected " + (c.value() < 0 ? "0 to " + MAX
            : "at most " + MAX) + " requests per instance", Fix.hint(c.value() < 0 ? "use 1 or more" : "use at most " + MAX))));
  }
}
