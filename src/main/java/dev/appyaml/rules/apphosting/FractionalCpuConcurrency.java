package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY751", name = "fractional-cpu-concurrency", severity = Severity.ERROR,
    summary = "with less than one CPU, runConfig.concurrency must be set to 1", spec = {"AH-RC-003", "AH-MRG-001"})
public final class FractionalCpuConcurrency extends RunConfigRule {

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.cpu().filter(cpu -> cpu.value() > 0 && cpu.value() < 1).ifPresent(cpu -> {
      if (config.concurrency().isEmpty()) {
        out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + ", less than 1, so concurrency must be set to 1;"
            + " it is not set, and the default is 80", Fix.hint("add concurrency: 1 to runConfig")).usingDefault());
      } else if (config.concurrency().get().value() != 1) {
        var concurrency = config.concurrency().get();
        out.accept(Finding.of(concurrency, "concurrency is " + concurrency.shown() + ", but cpu " + cpu.shown()
            + " is less than 1, which allows one request at a time; expected 1",
            Fix.replaceWith("set it to 1", "1"), cpu));
      }
    });
  }
}
