package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;

/** A rule about {@code queue.yaml}: judges the bound file. */
abstract class QueueRule implements Rule {

  @Override
  public final void check(RuleContext ctx) {
    check(ctx, QueueYaml.bind(ctx.root()));
  }

  abstract void check(RuleContext ctx, QueueYaml queues);

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.QUEUE;
  }

  static String name(QueueYaml.Queue queue) {
    return queue.name().map(n -> "queue " + n.value()).orElse("a queue");
  }
}
