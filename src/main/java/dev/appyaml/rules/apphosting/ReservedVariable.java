package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Set;

@RuleInfo(id = "AY764", name = "reserved-env-variable", severity = Severity.WARNING,
    summary = "the names PORT, K_SERVICE, K_REVISION, K_CONFIGURATION and X_FIREBASE_* are reserved and dropped at build time",
    spec = {"AH-ENV-006"})
public final class ReservedVariable extends AppHostingRule {

  static final Set<String> RESERVED = Set.of("PORT", "K_SERVICE", "K_REVISION", "K_CONFIGURATION");

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().variable().filter(v -> RESERVED.contains(v.value()) || v.value().startsWith("X_FIREBASE_"))
          .ifPresent(v -> ctx.report(v.range(), "variable " + v.value() + " is reserved; App Hosting drops it at build"
              + " time" + (v.value().equals("PORT") ? ", and Cloud Run sets PORT for the server to listen on" : ""),
              Fix.hint("remove the entry" + (v.value().equals("PORT") ? ", and read PORT in the server" : ""))));
    }
  }
}
