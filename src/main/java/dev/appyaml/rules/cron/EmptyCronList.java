package dev.appyaml.rules.cron;

import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;

@RuleInfo(id = "AY722", name = "empty-cron-list", severity = Severity.INFO,
    summary = "a cron.yaml without jobs deletes every cron job of the app when deployed", spec = {"CRN-004"})
public final class EmptyCronList extends CronRule {

  @Override
  void check(RuleContext ctx, CronYaml cron) {
    cron.cron().filter(c -> c.value() instanceof ScalarNode s && s.isNull()
        || c.value() instanceof SequenceNode list && list.items().isEmpty()).ifPresent(c ->
        ctx.report(c.keyRange(), "cron has no jobs; deploying this file deletes every cron job of the app"));
  }
}
