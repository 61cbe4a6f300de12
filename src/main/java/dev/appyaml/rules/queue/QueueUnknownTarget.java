package dev.appyaml.rules.queue;

import dev.appyaml.model.QueueYaml;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import dev.appyaml.rules.neighbours.ServiceNames;
import dev.appyaml.source.Located;
import dev.appyaml.text.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "AY740", name = "queue-unknown-target", severity = Severity.WARNING,
    summary = "when service files are checked in the same run, a push queue's target should be one of their services",
    spec = {"QUE-017"})
public final class QueueUnknownTarget implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> judged = ctx.files(FileKind.QUEUE);
    Optional<Set<String>> known = judged.isEmpty() ? Optional.empty() : ServiceNames.known(ctx);
    if (known.isEmpty()) {
      return;
    }
    for (CheckedFile file : judged) {
      for (Located<QueueYaml.Queue> queue : QueueYaml.bind(RunContext.root(file).orElseThrow()).queues()) {
        if (queue.value().isPull()) {
          continue; // a pull queue may not have a target at all (AY739)
        }
        queue.value().target().ifPresent(t -> {
          // version.service: the service is the last part
          String service = t.value().substring(t.value().lastIndexOf('.') + 1).strip();
          if (known.get().contains(service)) {
            return;
          }
          Optional<String> closest = Suggestions.closest(service, known.get());
          ctx.report(file, t.range(), "target " + t.value() + " is not a service defined by any service file checked"
              + " with this queue.yaml (" + ServiceNames.list(known.get()) + ")"
              + closest.map(c -> "; did you mean " + c + "?").orElse(""),
              Optional.of(Fix.hint(closest.map(c -> "target " + c)
                  .orElse("deploy a service named " + service + ", or check its app.yaml in the same run"))));
        });
      }
    }
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CrossFileRule.readsWhen(present, Set.of(FileKind.QUEUE), FileKind.APP, FileKind.QUEUE);
  }
}
