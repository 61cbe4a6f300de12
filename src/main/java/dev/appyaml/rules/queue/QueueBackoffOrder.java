package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;

@RuleInfo(id = "AY738", name = "queue-backoff-order", severity = Severity.ERROR,
    summary = "min_backoff_seconds above max_backoff_seconds in a push queue is refused by gcloud app deploy (HTTP 400)",
    spec = {"QUE-014"})
public final class QueueBackoffOrder extends QueueRule {

  @Override
  void check(RuleContext ctx, QueueYaml queues) {
    for (Located<QueueYaml.Queue> queue : queues.queues()) {
      if (queue.value().isPull()) {
        continue;
      }
      queue.value().retryParameters().map(Located::value).ifPresent(retry -> {
        if (retry.minBackoffSeconds().isPresent() && retry.maxBackoffSeconds().isPresent()
            && retry.minBackoffSeconds().get().value() > retry.maxBackoffSeconds().get().value()) {
          Located<Double> min = retry.minBackoffSeconds().get();
          Located<Double> max = retry.maxBackoffSeconds().get();
          ctx.report(min.range(), "min_backoff_seconds is " + format(min.value()) + ", more than max_backoff_seconds "
              + format(max.value()) + " on line " + max.range().start().line()
              + "; gcloud app deploy refuses it (HTTP 400); expected min at most max",
              Fix.hint("make min_backoff_seconds at most max_backoff_seconds"));
        }
      });
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
