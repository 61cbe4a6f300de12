package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY735", name = "push-queue-without-rate", severity = Severity.ERROR,
    summary = "a push queue needs a rate; gcloud app deploy refuses one without (HTTP 400)", spec = {"QUE-010"})
public final class PushQueueWithoutRate extends QueueRule {

  @Override
  void check(RuleContext ctx, QueueYaml queues) {
    for (Located<QueueYaml.Queue> queue : queues.queues()) {
      if (!queue.value().isPull() && queue.value().rate().isEmpty()) {
        Range at = queue.value().name().map(Located::keyRange).orElse(queue.range());
        ctx.report(at, name(queue.value()) + " is a push queue without a rate; gcloud app deploy refuses it (HTTP 400)",
            Fix.hint("add a rate such as rate: 5/s, or mode: pull for a pull queue"));
      }
    }
  }
}
