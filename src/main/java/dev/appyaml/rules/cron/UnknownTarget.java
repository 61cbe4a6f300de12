package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
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

@RuleInfo(id = "AY727", name = "cron-unknown-target", severity = Severity.WARNING,
    summary = "a cron job's target should be a service defined by one of its app's service files",
    spec = {"CRN-013"})
public final class UnknownTarget implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> judged = ctx.files(FileKind.CRON);
    Optional<Set<String>> known = judged.isEmpty() ? Optional.empty() : ServiceNames.known(ctx);
    if (known.isEmpty()) {
      return;
    }
    for (CheckedFile file : judged) {
      for (Located<CronYaml.Job> job : CronYaml.bind(RunContext.root(file).orElseThrow()).jobs()) {
        job.value().target().filter(t -> !t.value().contains(":") && !known.get().contains(t.value())).ifPresent(t -> {
          Optional<String> closest = Suggestions.closest(t.value(), known.get());
          ctx.report(file, t.range(), "target " + t.value() + " is not a service defined by any service file of"
              + " this app (" + ServiceNames.list(known.get()) + ")"
              + closest.map(c -> "; did you mean " + c + "?").orElse(""),
              Optional.of(closest.map(c -> Fix.replaceWith("target " + c, c))
                  .orElse(Fix.hint("deploy a service named " + t.value() + ", or add its service file to this app"))));
        });
      }
    }
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CrossFileRule.readsWhen(present, Set.of(FileKind.CRON), FileKind.APP, FileKind.CRON);
  }
}
