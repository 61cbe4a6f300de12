package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(id = "AY769", name = "env-value-not-text", severity = Severity.WARNING,
    summary = "an unquoted env value that YAML reads as a number or boolean may not reach the app as written",
    spec = {"AH-ENV-010"},
    safeFix = true)
public final class ValueNotText extends AppHostingRule {

  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern SPECIAL = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().givenValue().map(Located::value).filter(v -> !v.quoted()).ifPresent(v ->
          textForFirebaseTools(v.text()).filter(t -> !t.equals(v.text())).ifPresent(t ->
              ctx.report(v.range(), "value " + v.text() + " is not quoted, and YAML reads it as "
                  + (BOOL.matcher(v.text()).matches() ? "a boolean" : "a number")
                  + "; App Hosting deploys it as " + v.text() + ", but firebase-tools (the emulator) turns it into " + t,
                  Fix.replaceWith("quote it", '"' + v.text() + '"'))));
    }
  }

  /** What JavaScript's String() makes of the value that the yaml npm module (YAML 1.2 core) reads. */
  static Optional<String> textForFirebaseTools(String text) {
    if (BOOL.matcher(text).matches()) {
      return Optional.of(text.toLowerCase(java.util.Locale.ROOT));
    }
    if (OCTAL.matcher(text).matches()) {
      return Optional.of(new BigInteger(text.substring(2), 8).toString());
    }
    if (HEX.matcher(text).matches()) {
      return Optional.of(new BigInteger(text.substring(2), 16).toString());
    }
    if (SPECIAL.matcher(text).matches()) {
      boolean nan = text.toLowerCase(java.util.Locale.ROOT).contains("nan");
      return Optional.of(nan ? "NaN" : text.startsWith("-") ? "-Infinity" : "Infinity");
    }
    if (DECIMAL_INT.matcher(text).matches() || FLOAT.matcher(text).matches()) {
      return Optional.of(jsNumber(Double.parseDouble(text)));
    }
    return Optional.empty();
  }

  private static String jsNumber(double d) {
    if (d == 0) {
      return "0";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return new BigDecimal(d).toPlainString();
    }
    if (Math.abs(d) >= 1e-7 && Math.abs(d) < 1e21) {
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return Double.toString(d).replace("E", "e");
  }
}
