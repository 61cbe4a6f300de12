package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY737", name = "queue-bucket-size", severity = Severity.ERROR,
    summary = "a push queue's bucket_size must be from 0 to 500; gcloud app deploy refuses others (HTTP 400)",
    spec = {"QUE-013"})
public final class BucketSize extends QueueRule {

  static final long MAX = 500;

  @Override
  void check(RuleContext ctx, QueueYaml queues) {
    for (Located<QueueYaml.Queue> queue : queues.queues()) {
      if (queue.value().isPull()) {
        continue;
      }
      queue.value().bucketSize().filter(b -> b.value() < 0 || b.value() > MAX).ifPresent(b -> ctx.report(b.range(),
          "bucket_size is " + b.value() + "; gcloud app deploy refuses it (HTTP 400); expected 0 to " + MAX,
          Fix.hint(b.value() < 0 ? "write a bucket size from 1 to 500, or remove it for the default 5" : "write at most 500")));
    }
  }
}
