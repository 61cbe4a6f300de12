package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Language;
import java.util.List;

/**
 * {@code main} (the package to build) and {@code nobuild_files} (files not to build) only mean
 * something to the Go builder. In the flexible environment and where the element matrix says
 * "not applicable", AY107 reports them instead.
 */
@RuleInfo(id = "AY507", name = "go-only-element", severity = Severity.WARNING,
    summary = "main and nobuild_files are only used by Go runtimes",
    spec = {"AY-MAIN-002", "AY-NB-001"})
public final class GoOnlyElement implements Rule {

  @Override
  public void check(RuleContext ctx) {
    var platform = ctx.platform();
    if (!platform.isStandard() || RuntimeLanguage.of(platform).isEmpty() || RuntimeLanguage.is(platform, Language.GO)) {
      return;
    }
    boolean firstGeneration = platform.generation() == dev.appyaml.model.Generation.FIRST;
    for (String key : firstGeneration ? List.of("main", "nobuild_files") : List.of("main")) {
      ctx.root().entry(key).ifPresent(entry -> ctx.report(entry.key().range(),
          key + " is only used by Go runtimes; runtime " + platform.runtime().orElse("") + " ignores it",
          Fix.hint("remove it")));
    }
  }
}
