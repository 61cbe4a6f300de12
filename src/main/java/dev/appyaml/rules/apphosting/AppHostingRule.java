package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;

/** A rule about one {@code apphosting.yaml} file on its own: judges the bound file. */
abstract class AppHostingRule implements Rule {

  @Override
  public final void check(RuleContext ctx) {
    check(ctx, AppHostingYaml.bind(ctx.root()));
  }

  abstract void check(RuleContext ctx, AppHostingYaml file);

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.APPHOSTING;
  }
}
