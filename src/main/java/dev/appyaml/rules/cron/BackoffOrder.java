package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY725", name = "cron-backoff-order", severity = Severity.ERROR,
    summary = "min_backoff_seconds above max_backoff_seconds is refused by gcloud app deploy (HTTP 400)",
    spec = {"CRN-034", "CRN-052"})
public final class BackoffOrder extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    for (Located<CronYaml.Job> job : cron.jobs()) {
      job.value().retryParameters().map(Located::value).ifPresent(retry -> {
        if (retry.minBackoffSeconds().isPresent() && retry.maxBackoffSeconds().isPresent()
            && retry.minBackoffSeconds().get().value() > retry.maxBackoffSeconds().get().value()) {
          ctx.report(retry.minBackoffSeconds().get().range(), "min_backoff_seconds is "
              + format(retry.minBackoffSeconds().get().value()) + ", more than max_backoff_seconds "
              + format(retry.maxBackoffSeconds().get().value()) + " on line "
              + retry.maxBackoffSeconds().get().range().start().line()
              + "; gcloud app deploy refuses it (HTTP 400); expected min at most max");
        }
      });
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
