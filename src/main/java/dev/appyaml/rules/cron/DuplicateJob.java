package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "AY724", name = "duplicate-cron-job", severity = Severity.WARNING,
    summary = "two cron jobs with the same url, schedule and target run the same work twice", spec = {"CRN-014"})
public final class DuplicateJob extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    Map<List<String>, Located<CronYaml.Job>> seen = new HashMap<>();
    for (Located<CronYaml.Job> job : cron.jobs()) {
      CronYaml.Job j = job.value();
      if (j.url().isEmpty() || j.schedule().isEmpty()) {
        continue;
      }
      List<String> key = List.of(j.url().get().value(), j.schedule().get().value().text().strip(),
          j.target().map(Located::value).orElse(""), j.timezone().map(Located::value).orElse(""));
      Located<CronYaml.Job> first = seen.putIfAbsent(key, job);
      if (first != null) {
        ctx.report(j.url().get().range(), "job repeats the job on line " + first.range().start().line()
            + " (same url, schedule and target); the work runs twice each time", Fix.hint("remove one of the two jobs"));
      }
    }
  }
}
