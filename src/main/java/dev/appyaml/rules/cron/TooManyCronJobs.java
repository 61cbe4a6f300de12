package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.SequenceNode;
import java.util.Optional;

@RuleInfo(id = "AY723", name = "too-many-cron-jobs", severity = Severity.ERROR,
    summary = "an app may have at most 250 cron jobs, and at most 20 without billing enabled", spec = {"CRN-005"},
    severityVaries = "warning past 20 jobs, the limit for apps without billing")
public final class TooManyCronJobs extends CronRule {

  static final int PAID = 250;
  static final int FREE = 20;

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    cron.cron().filter(c -> c.value() instanceof SequenceNode).ifPresent(c -> {
      SequenceNode jobs = (SequenceNode) c.value();
      int count = jobs.items().size();
      if (count > PAID) {
        ctx.report(jobs.items().get(PAID).range(), "cron has " + count + " jobs; an app may have at most " + PAID
            + " (this is job " + (PAID + 1) + ")", Fix.hint("combine jobs, or move some to Cloud Scheduler"));
      } else if (count > FREE) {
        ctx.report(Severity.WARNING, jobs.items().get(FREE).range(), "cron has " + count + " jobs; apps without"
            + " billing enabled may have at most " + FREE + " (this is job " + (FREE + 1) + ")",
            Optional.of(Fix.hint("enable billing for the project, or combine jobs")));
      }
    });
  }
}
