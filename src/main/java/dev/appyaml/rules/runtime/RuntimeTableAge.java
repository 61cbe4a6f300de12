package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.RuntimeCatalog;
import java.time.LocalDate;

@RuleInfo(id = "AY234", name = "runtime-table-age", severity = Severity.INFO,
    summary = "appyaml's runtime table is more than 9 months older than the date runtimes are judged by (--as-of)",
    spec = {"AY-RT-051"})
public final class RuntimeTableAge implements Rule {

  static final int MONTHS = 9;

  @Override
  public void check(RuleContext ctx) {
    String tableDate = RuntimeCatalog.bundled().scheduleDate();
    LocalDate asOf = ctx.options().asOf();
    if (!asOf.isAfter(RuntimeCatalog.bundled().scheduleDay().plusMonths(MONTHS))) {
      return;
    }
    ctx.app().runtime().ifPresent(runtime -> ctx.report(runtime.range(), "appyaml's runtime table is of " + tableDate
        + ", more than " + MONTHS + " months before " + asOf + "; runtimes and support dates Google published since"
        + " are not known to this appyaml", Fix.hint("update appyaml (appyaml --version prints the table's date)")));
  }
}
