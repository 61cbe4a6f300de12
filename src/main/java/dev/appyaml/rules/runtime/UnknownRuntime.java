package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.RuntimeCatalog;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Suggestions name only runtimes that existed on the day judged ({@code --as-of}). */
@RuleInfo(id = "AY231", name = "unknown-runtime", severity = Severity.ERROR,
    summary = "a standard-environment runtime must be a runtime id from the support schedule (a later release of a known family is a warning)",
    severityVaries = "warning for a later release of a known family (such as nodejs28), newer than the bundled runtime table",
    spec = {"AY-RT-004", "AY-RT-016", "AY-RT-050", "AY-RT-052"})
public final class UnknownRuntime implements Rule {

  /** Judged by their own rules: Python 2.5 and Managed VMs names, and the flexible escape hatch. */
  private static final Set<String> ELSEWHERE = Set.of("python", "python-compat", "vm", "custom");

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    ctx.app().runtime().ifPresent(runtime -> {
      String id = runtime.value();
      RuntimeCatalog catalog = RuntimeCatalog.bundled();
      if (ELSEWHERE.contains(id) || id.startsWith("gs://") || catalog.standard(id).isPresent()) {
        return;
      }
      var newest = catalog.newestBeforeUnlisted(id);
      if (newest.isPresent()) {
        ctx.report(Severity.WARNING, runtime.range(), "runtime " + id + " is not in appyaml's runtime table of "
            + catalog.scheduleDate() + " (the newest it knows is " + newest.get() + "); if Google has released it,"
            + " update appyaml", Optional.of(Fix.hint("check " + RuntimeLifecycle.SCHEDULE
                + "; until appyaml knows " + id + ", its lifecycle is not checked")));
        return;
      }
      String flexHint = catalog.isFlexibleLanguage(id)
          ? " (" + id + " without a version is a flexible-environment runtime; add env: flex, or pick a version)" : "";
      LocalDate day = ctx.options().asOf();
      var suggestion = catalog.suggestStandard(id, day).or(() -> catalog.nearestOfFamily(id, day));
      if (suggestion.isPresent()) {
        ctx.report(runtime.range(), "runtime " + id + " is not a standard runtime; did you mean "
            + suggestion.get() + "?" + flexHint, Fix.replaceWith("use " + suggestion.get(), suggestion.get()));
      } else {
        ctx.report(runtime.range(), "runtime " + id + " is not a standard runtime" + flexHint + "; see "
            + RuntimeLifecycle.SCHEDULE);
      }
    });
  }
}
