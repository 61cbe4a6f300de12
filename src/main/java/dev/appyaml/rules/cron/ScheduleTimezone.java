package dev.appyaml.rules.cron;

import dev.appyaml.cron.CronTimezones;
import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY721", name = "cron-timezone", severity = Severity.ERROR,
    summary = "a cron job's timezone must be a tz database name such as America/New_York", spec = {"CRN-009"})
public final class ScheduleTimezone extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    for (Located<CronYaml.Job> job : cron.jobs()) {
      job.value().timezone().ifPresent(tz -> CronTimezones.check(tz.value()).ifPresent(problem ->
          ctx.report(tz.range(), problem)));
    }
  }
}
