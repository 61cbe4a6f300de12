package dev.appyaml.rules.cron;

import dev.appyaml.cron.CronSchedule;
import dev.appyaml.cron.ParseError;
import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;
import dev.appyaml.text.Describe;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarSpans;
import dev.appyaml.yaml.ScalarType;
import java.util.Optional;

@RuleInfo(id = "AY720", name = "cron-schedule", severity = Severity.ERROR,
    summary = "a cron job's schedule must follow App Engine's schedule grammar, such as every 5 minutes or every monday 09:00",
    spec = {"CRN-008", "CRN-020", "CRN-021", "CRN-022", "CRN-023", "CRN-024", "CRN-025", "CRN-026", "CRN-027", "CRN-029"})
public final class ScheduleSyntax extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    for (Located<CronYaml.Job> job : cron.jobs()) {
      job.value().schedule().map(Located::value).ifPresent(schedule -> check(ctx, schedule));
    }
  }

  private void check(RuleContext ctx, ScalarNode schedule) {
    if (schedule.type() != ScalarType.STRING) {
      ctx.report(schedule.range(), "schedule is " + Describe.value(schedule) + ", which YAML reads as "
          + schedule.kindName() + "; expected a schedule such as every 5 minutes", Fix.hint("write a schedule in words"));
      return;
    }
    if (CronSchedule.parse(schedule.text()) instanceof ParseError error) {
      Range at = ScalarSpans.of(ctx.document().source(), schedule, error.offset(), error.length())
          .orElse(schedule.range());
      Optional<Fix> fix = error.message().startsWith("unix cron")
          ? Optional.of(Fix.hint("write it in words, such as every 5 minutes, or use Cloud Scheduler for crontab schedules"))
          : Optional.empty();
      ctx.report(Severity.ERROR, at, error.message(), fix);
    }
  }
}
