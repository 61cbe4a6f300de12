package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;

/**
 * The builtin handlers are Python 2 scripts, documented for python27. On the other
 * first-generation runtimes they are undocumented (on second-generation runtimes and in the
 * flexible environment AY107 reports the key as not applicable). gcloud also logs deprecation
 * warnings for datastore_admin and mapreduce on the old {@code python} runtime, which this covers.
 */
@RuleInfo(id = "AY532", name = "builtins-outside-python27", severity = Severity.WARNING,
    summary = "builtins are Python 2 handlers and only useful with python27",
    spec = {"AY-BLT-007", "AY-BLT-006"})
public final class BuiltinsOutsidePython27 implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.platform().generation() != Generation.FIRST
        || ctx.platform().isRuntime("python27")) {
      return;
    }
    ctx.root().entry("builtins").ifPresent(entry -> ctx.report(entry.key().range(),
        "builtins are a python27 feature; for runtime " + ctx.platform().runtime().orElse("")
            + " they are not documented and may add nothing", Fix.hint("remove builtins")));
  }
}
