package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY755", name = "cpu-needs-memory", severity = Severity.ERROR,
    summary = "more CPU needs more memory: 4 CPUs need at least 2 GiB, 6 or 8 CPUs at least 4 GiB",
    spec = {"AH-RC-031", "AH-RC-032", "AH-MRG-001"})
public final class CpuNeedsMemory extends RunConfigRule {

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.cpu().filter(cpu -> cpu.value() >= 4).ifPresent(cpu -> {
      long needed = cpu.value() >= 6 ? 4096 : 2048;
      Fix fix = Fix.hint("set memoryMiB to at least " + needed + ", or use fewer CPUs");
      if (config.memoryMiB().isEmpty()) {
        out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + ", which needs at least " + needed
            + " MiB of memory; memoryMiB is not set, and the default is 512", fix).usingDefault());
      } else if (config.memoryMiB().get().value() < needed) {
        var memory = config.memoryMiB().get();
        out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + ", which needs at least " + needed
            + " MiB of memory; memoryMiB is " + memory.shown(), fix, memory));
      }
    });
  }
}
