package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.List;

@RuleInfo(id = "AY739", name = "pull-queue-setting", severity = Severity.ERROR,
    summary = "a pull queue takes no rate, bucket_size, max_concurrent_requests, target, task_age_limit, backoff or doublings",
    spec = {"QUE-015"})
public final class PullQueueSetting extends QueueRule {

  /** Settings of a push queue's dispatch; gcloud app deploy refuses each on a pull queue. */
  private static final List<String> QUEUE_KEYS = List.of("rate", "bucket_size", "max_concurrent_requests", "target");
  private static final List<String> RETRY_KEYS =
      List.of("task_age_limit", "min_backoff_seconds", "max_backoff_seconds", "max_doublings");

  @Override
  void check(RuleContext ctx, QueueYaml queues) {
    for (Located<QueueYaml.Queue> queue : queues.queues()) {
      if (queue.value().isPull()) {
        report(ctx, queue.value().node(), QUEUE_KEYS);
        queue.value().retryParameters().ifPresent(r -> report(ctx, r.value().node(), RETRY_KEYS));
      }
    }
  }

  private static void report(RuleContext ctx, MappingNode map, List<String> keys) {
    for (String key : keys) {
      map.entry(key).filter(e -> !(e.value() instanceof ScalarNode s && s.isNull())).ifPresent(e -> ctx.report(
          e.key().range(), key + " is set on a pull queue; gcloud app deploy refuses it (HTTP 400); it applies only to"
              + " push queues", Fix.hint("remove " + key + ", or remove mode: pull if this is a push queue")));
    }
  }
}
