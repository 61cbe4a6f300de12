package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;

@RuleInfo(id = "AY754", name = "memory-needs-cpu", severity = Severity.ERROR,
    summary = "more memory needs more CPU: 4 GiB needs 2 CPUs, 8 GiB 4, 16 GiB 6, 24 GiB 8",
    spec = {"AH-RC-030", "AH-RC-033", "AH-RC-034", "AH-MRG-001"})
public final class MemoryNeedsCpu extends RunConfigRule {

  /** Memory from which a CPU minimum applies ({@code >=}, or {@code >} where {@code strict}), as buildpacks checks it. */
  private record Step(long mib, boolean strict, double cpus, String size) {}

  private static final Step[] STEPS = {
      new Step(24576, false, 8, "24 GiB"), new Step(16384, false, 6, "16 GiB"), new Step(8192, false, 4, "8 GiB"),
      new Step(4096, false, 2, "4 GiB"), new Step(1024, true, 1, "1 GiB"), new Step(512, true, 0.5, "512 MiB")};

  /** App Hosting's cpu when runConfig does not set one. */
  private static final double DEFAULT_CPU = 1;

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.memoryMiB().ifPresent(memory -> {
      long m = memory.value();
      if (config.cpu().isPresent()) {
        var cpu = config.cpu().get();
        for (Step step : STEPS) {
          if ((step.strict ? m > step.mib : m >= step.mib) && cpu.value() < step.cpus) {
            out.accept(Finding.of(memory, "memoryMiB is " + m + ", which needs at least " + cpus(step.cpus)
                + "; cpu is " + cpu.shown() + boundary(m, step), fix(step), cpu));
            return;
          }
        }
      } else {
        for (Step step : STEPS) {
          if ((step.strict ? m > step.mib : m >= step.mib) && step.cpus > DEFAULT_CPU) {
            out.accept(Finding.of(memory, "memoryMiB is " + m + ", which needs at least " + cpus(step.cpus)
                + "; cpu is not set, and the default is 1" + boundary(m, step), fix(step)).usingDefault());
            return;
          }
        }
      }
    });
  }

  private static String cpus(double n) {
    return n == 0.5 ? "0.5 CPU" : n == 1 ? "1 CPU" : (long) n + " CPUs";
  }

  /** AH-RC-034: the reference says "more than 4 GiB"; the validator requires the CPUs from exactly 4 GiB on. */
  private static String boundary(long m, Step step) {
    return !step.strict && m == step.mib
        ? " (App Hosting requires this from exactly " + step.size + " on, although the API reference says more than "
            + step.size + ")"
        : "";
  }

  private static Fix fix(Step step) {
    return Fix.hint("set cpu to at least " + (step.cpus == 0.5 ? "0.5" : Long.toString((long) step.cpus))
        + ", or use " + (step.strict ? "at most " + step.mib : "less than " + step.mib) + " MiB");
  }
}
