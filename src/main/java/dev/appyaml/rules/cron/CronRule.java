package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;

/** A rule about {@code cron.yaml}: judges the bound file. */
abstract class CronRule implements Rule {

  @Override
  public final void check(RuleContext ctx) {
    check(ctx, CronYaml.bind(ctx.root()));
  }

  abstract void check(RuleContext ctx, CronYaml cron);

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.CRON;
  }
}
