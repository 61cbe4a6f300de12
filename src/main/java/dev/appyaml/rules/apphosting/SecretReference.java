package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;
import java.util.regex.Pattern;

@RuleInfo(id = "AY767", name = "secret-reference", severity = Severity.ERROR,
    summary = "an env secret is SECRET_ID, SECRET_ID@VERSION, projects/P/secrets/SECRET_ID or .../versions/VERSION",
    spec = {"AH-ENV-009"})
public final class SecretReference extends AppHostingRule {

  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("[^/@]+"),
      Pattern.compile("([^/@]+)@([0-9]+)"),
      Pattern.compile("projects/([^/]+)/secrets/([^/]+)"),
      Pattern.compile("projects/([^/]+)/secrets/([^/]+)/versions/([^/]+)"));

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    for (Located<AppHostingYaml.EnvVar> env : file.envVars()) {
      env.value().givenSecret().filter(s -> FORMS.stream().noneMatch(p -> p.matcher(s.value()).matches()))
          .ifPresent(s -> ctx.report(s.range(), "secret " + s.value() + " is not a secret reference; expected"
              + " SECRET_ID, SECRET_ID@VERSION (a number), projects/PROJECT/secrets/SECRET_ID or"
              + " projects/PROJECT/secrets/SECRET_ID/versions/VERSION"));
    }
  }
}
