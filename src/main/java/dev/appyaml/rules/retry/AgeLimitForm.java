package dev.appyaml.rules.retry;

import dev.appyaml.deploy.TimeValue;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY730", name = "age-limit-form", severity = Severity.ERROR,
    summary = "gcloud app deploy reads an age limit only as a plain number and unit (1000s, 2.5h); 1e3s or +5s stops it",
    spec = {"CRN-050", "QUE-020"}, safeFix = true)
public final class AgeLimitForm implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Located<String> limit : AgeLimits.of(ctx)) {
      TimeValue.parse(limit.value()).filter(t -> !t.plain()).ifPresent(t -> {
        String message = AgeLimits.key(ctx) + " is " + AgeLimits.shown(limit.value()) + ", which gcloud's validator accepts but "
            + "gcloud app deploy cannot convert (it stops with ValueError); expected a plain number and unit";
        ctx.report(limit.range(), t.plainForm().map(p -> message + " such as " + p).orElse(message),
            t.plainForm().map(p -> Fix.replaceWith("write " + p, p))
                .orElse(Fix.hint("write the number with digits and at most one decimal point, then the unit")));
      });
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return AgeLimits.appliesTo(kind);
  }
}
