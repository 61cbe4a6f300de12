package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.YamlDocument.Kind;
import dev.appyaml.yaml.YamlDocument.LoadProblem;

/** Reports the loader's problems of some kinds; runs on every file kind, even one that did not load. */
abstract class LoadProblemRule implements Rule {

  abstract boolean reports(Kind kind);

  @Override
  public final void check(RuleContext ctx) {
    for (LoadProblem problem : ctx.document().problems()) {
      if (reports(problem.kind())) {
        report(ctx, problem);
      }
    }
  }

  void report(RuleContext ctx, LoadProblem problem) {
    ctx.report(problem.range(), problem.message());
  }

  @Override
  public final boolean appliesTo(FileKind kind) {
    return true;
  }

  @Override
  public final boolean needsRootMapping() {
    return false;
  }

  @Override
  public final boolean runsOnUnloadableInput() {
    return true;
  }
}
