package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY763", name = "env-variable-name", severity = Severity.ERROR,
    summary = "an environment variable's name must be non-empty, without =, and not start with X_GOOGLE_",
    spec = {"AH-ENV-002"})
public final class VariableName extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().variable().ifPresent(v -> {
        String name = v.value();
        if (name.isBlank()) {
          ctx.report(v.range(), "variable name is empty; expected a name such as API_URL");
        } else if (name.contains("=")) {
          ctx.report(v.range(), "variable name " + name + " contains =; Cloud Run rejects such names");
        } else if (name.startsWith("X_GOOGLE_")) {
          ctx.report(v.range(), "variable name " + name + " starts with X_GOOGLE_, which Cloud Run reserves");
        }
      });
    }
  }
}
