package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.text.Order;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A variable whose name says it holds a secret, given a literal value: app.yaml is usually
 * committed, and the value is shown to everyone who can view the version. Values that refer to
 * Secret Manager or to another variable, and obvious placeholders ({@code your-token},
 * {@code <YOUR_CLIENT_SECRET>}, {@code changeme}) are left alone.
 */
@RuleInfo(id = "AY517", name = "secret-in-env-variables", severity = Severity.INFO,
    summary = "secrets in env_variables are better kept in Secret Manager",
    spec = {"AY-VAR-006"})
public final class SecretInEnvVariables implements Rule {

  private static final List<String> SECRET_WORDS = List.of("PASSWORD", "SECRET", "TOKEN", "API_KEY", "PRIVATE_KEY");
  /** What samples write where the reader is to put their own value. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)your[-_ ].*|<.*>|\\[.*]|\\{\\{.*}}|(.)\\1{2,}"
      + "|change[-_ ]?me|replace[-_ ]?me|todo|tbd|fixme|dummy|placeholder|example.*|.*[-_]example|sample"
      + "|password|secret|token|abc123|123456|none|null|test");

  @Override
  public void check(RuleContext ctx) {
    Map<Located<String>, Located<String>> variables = ctx.app().envVariables().map(Located::value).orElse(Map.of());
    variables.entrySet().stream().sorted(Order.by(e -> e.getKey().range())).forEach(e -> {
      String name = e.getKey().value().toUpperCase(Locale.ROOT);
      String value = e.getValue().value().strip();
      if (SECRET_WORDS.stream().anyMatch(name::contains) && isLiteral(value) && !PLACEHOLDER.matcher(value).matches()) {
        ctx.report(e.getValue().range(), "env_variables." + e.getKey().value()
                + " looks like a credential written in plain text; anyone who can read app.yaml or view the version"
                + " can see it",
            Fix.hint("keep the secret in Secret Manager and read it at start-up"));
      }
    });
  }

  private static boolean isLiteral(String value) {
    return !value.isEmpty() && !value.equals("None") && !value.startsWith("$")
        && !value.startsWith("sm://") && !(value.startsWith("projects/") && value.contains("/secrets/"));
  }
}
