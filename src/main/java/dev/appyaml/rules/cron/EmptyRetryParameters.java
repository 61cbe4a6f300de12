package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY726", name = "empty-retry-parameters", severity = Severity.WARNING,
    summary = "an empty retry_parameters block has no effect; failed jobs are retried only with its keys set",
    spec = {"CRN-037"})
public final class EmptyRetryParameters extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    for (Located<CronYaml.Job> job : cron.jobs()) {
      job.value().node().entry("retry_parameters")
          .filter(e -> e.value() instanceof ScalarNode s && s.isNull() || e.value() instanceof MappingNode m && m.entries().isEmpty())
          .ifPresent(e -> ctx.report(e.key().range(), "retry_parameters is empty; it has no effect",
              Fix.hint("set job_retry_limit (such as 3), or remove the block")));
    }
  }
}
