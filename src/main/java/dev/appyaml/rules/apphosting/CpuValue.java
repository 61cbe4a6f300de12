package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.math.BigDecimal;
import java.util.function.Consumer;

@RuleInfo(id = "AY750", name = "runconfig-cpu", severity = Severity.ERROR,
    summary = "runConfig.cpu must be 1, 2, 4, 6 or 8, or a fraction from 0.08 to 1.00 in steps of 0.01",
    spec = {"AH-RC-001", "AH-RC-002", "AH-MRG-001"})
public final class CpuValue extends RunConfigRule {

  static final String MIN_FRACTION = "0.08";
  private static final String EXPECTED = "expected 1, 2, 4, 6 or 8, or a fraction from 0.08 to 1.00 in steps of 0.01";

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    config.cpu().ifPresent(cpu -> {
      double v = cpu.value();
      if (!Double.isFinite(v)) {
        out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + "; " + EXPECTED, null));
        return;
      }
      BigDecimal d = BigDecimal.valueOf(v);
      boolean whole = d.compareTo(BigDecimal.ONE) >= 0 && d.stripTrailingZeros().scale() <= 0;
      if (v == 0 || whole && (v == 1 || v == 2 || v == 4 || v == 6 || v == 8)) {
        return;
      }
      if (d.compareTo(new BigDecimal(MIN_FRACTION)) >= 0 && d.compareTo(BigDecimal.ONE) < 0) {
        if (d.stripTrailingZeros().scale() > 2) {
          out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + "; fractions of a CPU go in steps of 0.01",
              Fix.hint("use " + d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
        }
        return;
      }
      out.accept(Finding.of(cpu, "cpu is " + cpu.shown() + "; " + EXPECTED, Fix.hint(nearest(v))));
    });
  }

  private static String nearest(double v) {
    if (v > 0 && v < 0.08) {
      return "use at least 0.08";
    }
    if (v > 8) {
      return "use at most 8";
    }
    if (v < 0) {
      return "use a positive number such as 1";
    }
    double[] whole = {1, 2, 4, 6, 8};
    for (int i = 0; i + 1 < whole.length; i++) {
      if (v > whole[i] && v < whole[i + 1]) {
        return "use " + (long) whole[i] + " or " + (long) whole[i + 1];
      }
    }
    return "use 1";
  }
}
