package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
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

@RuleInfo(id = "AY715", name = "dispatch-unknown-service", severity = Severity.WARNING,
    summary = "every dispatch rule should route to a service defined by one of its app's service files",
    spec = {"DSP-009"})
public final class UnknownService implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    List<CheckedFile> judged = ctx.files(FileKind.DISPATCH);
    Optional<Set<String>> known = judged.isEmpty() ? Optional.empty() : ServiceNames.known(ctx);
    if (known.isEmpty()) {
      return;
    }
    for (CheckedFile file : judged) {
      DispatchYaml dispatch = DispatchYaml.bind(RunContext.root(file).orElseThrow());
      for (Located<DispatchYaml.Rule> rule : dispatch.rules()) {
        rule.value().target().filter(t -> !known.get().contains(t.value())).ifPresent(t -> {
          Optional<String> closest = Suggestions.closest(t.value(), known.get());
          ctx.report(file, t.range(), "service " + t.value() + " is not defined by any service file of"
              + " this app (" + ServiceNames.list(known.get()) + ")"
              + closest.map(c -> "; did you mean " + c + "?").orElse(""),
              Optional.of(closest.map(c -> Fix.replaceWith("route to " + c, c))
                  .orElse(Fix.hint("deploy a service named " + t.value() + ", or add its service file to this app"))));
        });
      }
    }
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CrossFileRule.readsWhen(present, Set.of(FileKind.DISPATCH), FileKind.APP, FileKind.DISPATCH);
  }
}
