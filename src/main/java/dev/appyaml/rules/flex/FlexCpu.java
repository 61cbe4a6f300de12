package dev.appyaml.rules.flex;

import dev.appyaml.model.Resources;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

/** The flexible machine shapes: 1 core, an even number up to 32, or a multiple of 4 up to 80. */
@RuleInfo(id = "AY606", name = "flex-cpu", severity = Severity.ERROR,
    summary = "resources.cpu must be 1, an even number from 2 to 32, or a multiple of 4 from 32 to 80",
    spec = {"AY-RES-002"})
public final class FlexCpu implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!Flex.judged(ctx)) {
      return;
    }
    ctx.app().flexible().resources().map(Located::value).flatMap(Resources::cpu)
        .filter(cpu -> !valid(cpu.value()))
        .ifPresent(cpu -> ctx.report(cpu.range(), "resources.cpu is " + Flex.number(cpu.value())
                + "; expected 1, an even number from 2 to 32, or a multiple of 4 from 32 to 80",
            Fix.hint(suggestion(nearest(cpu.value())))));
  }

  static boolean valid(double cpu) {
    if (cpu != Math.rint(cpu)) {
      return false;
    }
    return cpu == 1 || cpu >= 2 && cpu <= 32 && cpu % 2 == 0 || cpu >= 32 && cpu <= 80 && cpu % 4 == 0;
  }

  private static String suggestion(int cores) {
    return "use " + cores + (cores == 1 ? " core" : " cores");
  }

  /** The smallest valid shape at or above the request, or 80. */
  private static int nearest(double cpu) {
    for (int c = 1; c <= 80; c++) {
      if (valid(c) && c >= cpu) {
        return c;
      }
    }
    return 80;
  }
}
