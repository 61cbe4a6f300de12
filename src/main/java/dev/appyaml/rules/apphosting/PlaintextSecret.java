package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.regex.Pattern;

@RuleInfo(id = "AY770", name = "plaintext-secret", severity = Severity.WARNING,
    summary = "a credential-like variable with a plain-text value puts the credential in source control; use secret",
    spec = {"AH-ENV-011"})
public final class PlaintextSecret extends AppHostingRule {

  /** Names that end in a credential word: API_KEY, DB_PASSWORD, GITHUB_TOKEN (not TOKEN_ENDPOINT_URL). */
  private static final Pattern CREDENTIAL = Pattern.compile(
      "(?i)(^|_)(SECRET|PASSWORD|PASSWD|PWD|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY|CLIENT_SECRET"
          + "|CREDENTIALS?|AUTH_KEY)$");
  /** Prefixes that frameworks inline into client code: such values are public by design. */
  private static final Pattern PUBLIC = Pattern.compile(
      "(?i)(NEXT_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|VITE_|REACT_APP_|NG_APP_|EXPO_PUBLIC_|GATSBY_).*");

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().variable().filter(v -> CREDENTIAL.matcher(v.value()).find() && !PUBLIC.matcher(v.value()).matches())
          .ifPresent(v -> env.value().givenValue().filter(value -> env.value().givenSecret().isEmpty()).ifPresent(value ->
              ctx.report(value.range(), "variable " + v.value() + " looks like a credential, but its value is written"
                  + " in plain text in a file meant for source control",
                  Fix.hint("store it with firebase apphosting:secrets:set and write secret: SECRET_ID instead"))));
    }
  }
}
