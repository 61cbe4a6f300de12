package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Set;

@RuleInfo(id = "AY765", name = "firebase-provided-variable", severity = Severity.WARNING,
    summary = "the variables FIREBASE_CONFIG and FIREBASE_WEBAPP_CONFIG are provided by Firebase; setting them replaces its values",
    spec = {"AH-ENV-007"})
public final class FirebaseProvidedVariable extends AppHostingRule {

  static final Set<String> PROVIDED = Set.of("FIREBASE_CONFIG", "FIREBASE_WEBAPP_CONFIG");

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().variable().filter(v -> PROVIDED.contains(v.value())).ifPresent(v ->
          ctx.report(v.range(), "variable " + v.value() + " is provided by Firebase for the SDKs' automatic"
              + " initialization; this entry replaces Firebase's value", Fix.hint("remove it unless the override is intended")));
    }
  }
}
