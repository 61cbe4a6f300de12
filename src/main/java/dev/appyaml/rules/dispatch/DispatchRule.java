package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;

/** A rule about {@code dispatch.yaml}: judges the bound file. */
abstract class DispatchRule implements Rule {

  @Override
  public final void check(RuleContext ctx) {
    check(ctx, DispatchYaml.bind(ctx.root()));
  }

  abstract void check(RuleContext ctx, DispatchYaml dispatch);

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.DISPATCH;
  }
}
