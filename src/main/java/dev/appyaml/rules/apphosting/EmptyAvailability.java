package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY768", name = "empty-availability", severity = Severity.WARNING,
    summary = "availability: [] makes a variable available neither at build time nor at run time",
    spec = {"AH-ENV-005"})
public final class EmptyAvailability extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().availability().filter(a -> a.value().isEmpty()
              && env.value().node().get("availability").filter(n -> n instanceof dev.appyaml.yaml.SequenceNode).isPresent())
          .ifPresent(a -> ctx.report(a.range(), "availability is empty, so "
              + env.value().variable().map(v -> v.value()).orElse("the variable")
              + " is available neither at build time nor at run time",
              Fix.hint("remove availability for both, or list BUILD, RUNTIME or both")));
    }
  }
}
