package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RuleInfo(id = "AY771", name = "env-limits", severity = Severity.ERROR,
    summary = "a Cloud Run service takes at most 1000 environment variables, each value at most 32 KB", spec = {"AH-ENV-012"})
public final class EnvLimits extends AppHostingRule {

  static final int MAX_VARIABLES = 1000;
  static final int MAX_VALUE_BYTES = 32 * 1024;

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    List<Located<AppHostingYaml.EnvVar>> vars = file.envVars();
    if (vars.size() > MAX_VARIABLES) {
      ctx.report(vars.get(MAX_VARIABLES).range(), "env has " + vars.size() + " variables; Cloud Run allows at most "
          + MAX_VARIABLES + " (this is variable " + (MAX_VARIABLES + 1) + ")");
    }
    for (Located<AppHostingYaml.EnvVar> env : vars) {
      env.value().givenValue().ifPresent(v -> {
        int bytes = v.value().text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
          ctx.report(v.range(), "value is " + bytes + " bytes long; Cloud Run allows at most " + MAX_VALUE_BYTES
              + " bytes (32 KB) per variable");
        }
      });
    }
  }
}
