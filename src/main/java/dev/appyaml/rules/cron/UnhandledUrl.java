package dev.appyaml.rules.cron;

import java.util.Set;
import dev.appyaml.rule.FileKind;
import dev.appyaml.model.Generation;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import java.util.Optional;

@RuleInfo(id = "AY729", name = "cron-url-unhandled", severity = Severity.INFO,
    summary = "a cron job's url should match a handler of its service when a first-generation service lists handlers",
    spec = {"CRN-042"})
public final class UnhandledUrl implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    CronHandlers.forEachLanding(ctx, (cronFile, landing) -> {
      if (landing.hasHandlers() && landing.handler().isEmpty() && landing.platform().isStandard()
          && landing.platform().generation() == Generation.FIRST) {
        ctx.report(cronFile, landing.url().range(), "no handler of service " + landing.service() + " ("
            + landing.file().source().displayPath() + ") matches " + landing.url().value()
            + ", so the cron request gets 404 Not Found" + landing.clause(), Optional.of(Fix.hint("add a handler for the url, with login: admin")));
      }
    });
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CronHandlers.reads(present);
  }
}
