package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.model.Resources.Volume;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.Optional;

/**
 * tmpfs volumes live in the instance's memory: their sizes come out of {@code memory_gb}
 * (default 0.6 GB), so volumes as large as the memory leave nothing for the app.
 */
@RuleInfo(id = "AY610", name = "volumes-exceed-memory", severity = Severity.WARNING,
    summary = "the tmpfs volumes should be well below resources.memory_gb, which they are taken from",
    spec = {"AY-RES-009"})
public final class VolumesExceedMemory implements Rule {

  static final double DEFAULT_MEMORY_GB = 0.6;

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    Optional<Resources> resources = ctx.app().flexible().resources().map(Located::value);
    Optional<Located<List<Located<Volume>>>> volumes = resources.flatMap(Resources::volumes);
    if (volumes.isEmpty()) {
      return;
    }
    double total = volumes.get().value().stream()
        .mapToDouble(v -> v.value().sizeGb().map(Located::value).filter(s -> s > 0).orElse(0.0)).sum();
    Optional<Located<Double>> memory = resources.flatMap(Resources::memoryGb);
    double memoryGb = memory.map(Located::value).orElse(DEFAULT_MEMORY_GB);
    if (total > 0 && total >= memoryGb) {
      ctx.report(volumes.get().keyRange(), "the tmpfs volumes add up to " + Flex.number(round(total))
              + " GB, but memory_gb is " + Flex.number(memoryGb) + (memory.isEmpty() ? " (the default)" : "")
              + "; tmpfs is taken from the instance's memory, leaving none for the app",
          Fix.hint("shrink the volumes or raise memory_gb"));
    }
  }

  private static double round(double gb) {
    return Math.round(gb * 1000) / 1000.0;
  }
}
