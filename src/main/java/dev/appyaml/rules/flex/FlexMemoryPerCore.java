package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

/**
 * The docs give each core 1.0 to 6.5 GB in total, about 0.4 GB of which the platform keeps, so
 * {@code memory_gb} may be from {@code cpu - 0.4} to {@code cpu * 6.5 - 0.4}. Above the range the
 * machine shape does not exist: an error. Below it only a warning: Google's own samples ask for
 * {@code memory_gb: 0.5} with one core (0.6 is the documented minimum) and deploy, so the service
 * evidently accepts such a request. A core count that is not a machine shape (AY606's finding)
 * is still used for the range.
 */
@RuleInfo(id = "AY607", name = "flex-memory-per-core", severity = Severity.ERROR,
    summary = "resources.memory_gb must fit the cores: from cpu - 0.4 to cpu x 6.5 - 0.4 GB",
    spec = {"AY-RES-003"},
    severityVaries = "warning for memory below the documented minimum")
public final class FlexMemoryPerCore implements Rule {

  static final double OVERHEAD_GB = 0.4;
  private static final double EPSILON = 1e-9;

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    Optional<Resources> resources = ctx.app().flexible().resources().map(Located::value);
    Optional<Located<Double>> memory = resources.flatMap(Resources::memoryGb);
    if (memory.isEmpty()) {
      return;
    }
    Optional<Located<Double>> cpuValue = resources.flatMap(Resources::cpu);
    double cpu = cpuValue.map(Located::value).orElse(1.0);
    if (!(cpu > 0) || Double.isInfinite(cpu)) {
      return;
    }
    double min = round(cpu * 1.0 - OVERHEAD_GB);
    double max = round(cpu * 6.5 - OVERHEAD_GB);
    double gb = memory.get().value();
    String cores = Flex.number(cpu) + (cpu == 1 ? " core" : " cores") + (cpuValue.isEmpty() ? " (the default)" : "");
    String range = "; expected " + Flex.number(min) + " to " + Flex.number(max) + " GB for " + cores;
    if (gb > max + EPSILON) {
      ctx.report(memory.get().range(), "resources.memory_gb is " + Flex.number(gb) + range,
          Fix.hint("lower memory_gb to at most " + Flex.number(max) + ", or raise cpu"));
    } else if (gb < min - EPSILON) {
      ctx.report(Severity.WARNING, memory.get().range(), "resources.memory_gb is " + Flex.number(gb)
              + " (below the documented minimum)" + range,
          Optional.of(Fix.hint("raise memory_gb to " + Flex.number(min))));
    }
  }

  private static double round(double gb) {
    return Math.round(gb * 10) / 10.0;
  }
}
