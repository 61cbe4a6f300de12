package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.SequenceNode;

@RuleInfo(id = "AY227", name = "libraries-need-python27", severity = Severity.ERROR,
    summary = "libraries is supported only by the python27 runtime",
    spec = {"AY-LIB-001"})
public final class LibrariesNeedPython27 implements Rule {

  @Override
  public void check(RuleContext ctx) {
    String runtime = ctx.platform().runtime().orElse("");
    if (runtime.isEmpty() || runtime.equals("python27")) {
      return;
    }
    ctx.root().entry("libraries")
        .filter(e -> e.value() instanceof SequenceNode list && !list.items().isEmpty())
        .ifPresent(e -> ctx.report(e.key().range(),
            "libraries is supported only by python27, not by runtime " + runtime + "; Google's loader refuses it",
            Fix.hint("remove libraries and declare dependencies in the runtime's own way, such as requirements.txt")));
  }
}
