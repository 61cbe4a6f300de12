package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY752", name = "runconfig-memory", severity = Severity.ERROR,
    summary = "runConfig.memoryMiB must be a whole number of MiB from 128 to 32768", spec = {"AH-RC-010", "AH-MRG-001"})
public final class MemoryValue extends RunConfigRule {

  static final long MIN = 128;
  static final long MAX = 32768;

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.memoryMiB().filter(m -> m.value() != 0 && (m.value() < MIN || m.value() > MAX)).ifPresent(m ->
        out.accept(Finding.of(m, "memoryMiB is " + m.shown() + "; expected " + MIN + " to " + MAX + " (MiB)",
            Fix.hint(m.value() < MIN ? "use at least " + MIN : "use at most " + MAX))));
  }
}
