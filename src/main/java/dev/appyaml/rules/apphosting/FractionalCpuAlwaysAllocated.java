package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY758", name = "fractional-cpu-always-allocated", severity = Severity.WARNING,
    summary = "less than one CPU is allocated only while a request is processed, so cpuAlwaysAllocated contradicts it",
    spec = {"AH-RC-004", "AH-MRG-001"})
public final class FractionalCpuAlwaysAllocated extends RunConfigRule {

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.cpuAlwaysAllocated().filter(Setting::value).ifPresent(always ->
        config.cpu().filter(cpu -> cpu.value() > 0 && cpu.value() < 1).ifPresent(cpu ->
            out.accept(Finding.of(always, "cpuAlwaysAllocated is true, but cpu " + cpu.shown()
                + " is less than 1, and a fraction of a CPU is allocated only while a request is processed",
                Fix.hint("use cpu: 1 or more for background work, or remove cpuAlwaysAllocated"), cpu))));
  }
}
