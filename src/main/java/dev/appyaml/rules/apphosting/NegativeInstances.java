package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.function.Consumer;
import java.util.stream.Stream;

@RuleInfo(id = "AY756", name = "negative-instances", severity = Severity.ERROR,
    summary = "runConfig.minInstances and maxInstances must be 0 or more", spec = {"AH-RC-040", "AH-RC-041", "AH-MRG-001"})
public final class NegativeInstances extends RunConfigRule {

  @Override
  void judge(RunConfigView config, Consumer<Finding> out) {
    Stream.of(config.minInstances(), config.maxInstances()).flatMap(java.util.Optional::stream)
        .filter(s -> s.value() < 0)
        .forEach(s -> out.accept(Finding.of(s, s.key() + " is " + s.shown() + "; expected 0 or more",
            Fix.replaceWith("use 0", "0"))));
  }
}
