package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(id = "AY766", name = "duplicate-env-variable", severity = Severity.WARNING,
    summary = "the same environment variable should be set once per file", spec = {"AH-ENV-008"})
public final class DuplicateVariable extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    Map<String, Located<String>> seen = new HashMap<>();
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().variable().filter(v -> !v.value().isEmpty()).ifPresent(v -> {
        Located<String> first = seen.putIfAbsent(v.value(), v);
        if (first != null) {
          ctx.report(v.range(), "variable " + v.value() + " is set again; it is first set on line "
              + first.range().start().line(), Fix.hint("keep one entry"));
        }
      });
    }
  }
}
