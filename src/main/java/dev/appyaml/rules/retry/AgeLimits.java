package dev.appyaml.rules.retry;

import dev.appyaml.model.CronYaml;
import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.source.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * The age limits gcloud's pre-deploy check converts to seconds: every cron job's
 * {@code job_age_limit}, and {@code task_age_limit} of push queues (a pull queue may not have one
 * at all, which AY739 reports).
 */
final class AgeLimits {

  private AgeLimits() {}

  static boolean appliesTo(FileKind kind) {
    return kind == FileKind.CRON || kind == FileKind.QUEUE;
  }

  static List<Located<String>> of(RuleContext ctx) {
    List<Located<String>> limits = new ArrayList<>();
    if (ctx.file().kind() == FileKind.CRON) {
      for (Located<CronYaml.Job> job : CronYaml.bind(ctx.root()).jobs()) {
        job.value().retryParameters().flatMap(r -> r.value().jobAgeLimit()).ifPresent(limits::add);
      }
    } else {
      for (Located<QueueYaml.Queue> queue : QueueYaml.bind(ctx.root()).queues()) {
        if (!queue.value().isPull()) {
          queue.value().retryParameters().flatMap(r -> r.value().taskAgeLimit()).ifPresent(limits::add);
        }
      }
    }
    return limits;
  }

  static String key(RuleContext ctx) {
    return ctx.file().kind() == FileKind.CRON ? "job_age_limit" : "task_age_limit";
  }

  /** The value as written, quoted where spaces around it would otherwise be invisible. */
  static String shown(String value) {
    return value.equals(value.strip()) ? value : '"' + value.replace("\n", "\\n") + '"';
  }
}
