package dev.appyaml.rules.retry;

import dev.appyaml.deploy.TimeValue;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY731", name = "age-limit-under-one-second", severity = Severity.ERROR,
    summary = "an age limit under one second (0s, 0.5s) is refused by gcloud app deploy (HTTP 400)",
    spec = {"CRN-051", "QUE-021"})
public final class AgeLimitUnderOneSecond implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Located<String> limit : AgeLimits.of(ctx)) {
      TimeValue.parse(limit.value()).filter(TimeValue::underOneSecond).ifPresent(t -> ctx.report(limit.range(),
          AgeLimits.key(ctx) + " is " + AgeLimits.shown(limit.value()) + ", less than one second; gcloud app deploy refuses it"
              + " (HTTP 400); expected at least 1s",
          Fix.hint("write at least 1s, or remove " + AgeLimits.key(ctx) + " to retry without an age limit")));
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return AgeLimits.appliesTo(kind);
  }
}
