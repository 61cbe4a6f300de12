package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY762", name = "env-value-or-secret", severity = Severity.ERROR,
    summary = "every env entry gives exactly one of value and secret (an empty string counts as not given)",
    spec = {"AH-ENV-003"})
public final class ValueOrSecret extends AppHostingRule {

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      AppHostingYaml.EnvVar e = env.value();
      String name = e.variable().map(v -> "variable " + v.value()).orElse("env entry");
      if (e.givenValue().isPresent() && e.givenSecret().isPresent()) {
        ctx.report(e.node().entry("secret").orElseThrow().key().range(), name + " has both value and secret;"
            + " App Hosting accepts one of them", Fix.hint("keep secret for credentials, value for plain settings"));
      } else if (e.givenValue().isEmpty() && e.givenSecret().isEmpty()) {
        ctx.report(e.variable().map(Located::keyRange).orElse(env.range()), name + " has neither value nor secret;"
            + " expected one of them", Fix.hint("add value: TEXT, or secret: SECRET_ID"));
      }
    }
  }
}
