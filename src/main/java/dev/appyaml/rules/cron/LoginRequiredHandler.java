package dev.appyaml.rules.cron;

import java.util.Set;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RunContext;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY728", name = "cron-login-required", severity = Severity.WARNING,
    summary = "a cron job fails when the handler of its url has login: required; cron requests count as admin",
    spec = {"CRN-041", "AY-LOG-004"})
public final class LoginRequiredHandler implements CrossFileRule {

  @Override
  public void check(RunContext ctx) {
    CronHandlers.forEachLanding(ctx, (cronFile, landing) -> landing.handler()
        .filter(h -> h.value().login().map(Located::value).filter("required"::equals).isPresent())
        .ifPresent(h -> ctx.report(cronFile, landing.url().range(), "the handler for " + landing.url().value()
            + " in service " + landing.service() + " (" + landing.file().source().displayPath() + " line "
            + h.range().start().line() + ") has login: required, which cron requests do not satisfy;"
            + " the job fails at every run" + landing.clause(), Optional.of(Fix.hint("use login: admin for the cron handler")))));
  }

  @Override
  public Set<FileKind> reads(Set<FileKind> present) {
    return CronHandlers.reads(present);
  }
}
