package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code service_account} names the identity the version runs as: a user-managed account
 * {@code NAME@PROJECT_ID.iam.gserviceaccount.com}, or a Google default account such as
 * {@code PROJECT_ID@appspot.gserviceaccount.com}. Anything that is not an e-mail address cannot
 * be an identity (error); an e-mail address of another form is probably not a service account
 * (warning).
 */
@RuleInfo(id = "AY526", name = "service-account-format", severity = Severity.ERROR,
    summary = "service_account must be a service-account e-mail address",
    spec = {"AY-SA-002"},
    severityVaries = "warning for an e-mail address that is not a service account's")
public final class ServiceAccountFormat implements Rule {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern USER_MANAGED =
      Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?@[a-z0-9][-a-z0-9.:]*\\.iam\\.gserviceaccount\\.com");
  private static final Pattern GOOGLE_DEFAULT = Pattern.compile(
      "[a-z0-9][-a-z0-9.:]*@appspot\\.gserviceaccount\\.com|\\d+-compute@developer\\.gserviceaccount\\.com");

  @Override
  public void check(RuleContext ctx) {
    ctx.app().serviceAccount().ifPresent(account -> {
      String value = account.value().strip();
      Fix fix = Fix.hint("write the e-mail address of a service account, such as NAME@PROJECT_ID.iam.gserviceaccount.com");
      if (!EMAIL.matcher(value).matches()) {
        ctx.report(account.range(), "service_account is " + shorten(value)
            + ", which is not an e-mail address; expected NAME@PROJECT_ID.iam.gserviceaccount.com", fix);
      } else if (!USER_MANAGED.matcher(value).matches() && !GOOGLE_DEFAULT.matcher(value).matches()) {
        String why = value.endsWith(".gserviceaccount.com") ? "is not in the form of a service-account address"
            : "is not a service-account address";
        ctx.report(Severity.WARNING, account.range(), "service_account " + shorten(value) + " " + why
            + "; expected NAME@PROJECT_ID.iam.gserviceaccount.com or PROJECT_ID@appspot.gserviceaccount.com",
            Optional.of(fix));
      }
    });
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }
}
