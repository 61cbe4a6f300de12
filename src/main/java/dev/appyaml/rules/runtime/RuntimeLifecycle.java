package dev.appyaml.rules.runtime;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.runtime.Lifecycle;
import dev.appyaml.runtime.Runtime;
import dev.appyaml.runtime.RuntimeCatalog;
import dev.appyaml.source.Located;
import java.util.Optional;

@RuleInfo(id = "AY230", name = "runtime-lifecycle", severity = Severity.ERROR,
    summary = "a standard runtime must not be past its end of support on the day judged (--as-of)",
    spec = {"AY-RT-010", "AY-RT-011", "AY-RT-012", "AY-RT-017", "AY-RT-052"},
    severityVaries = "depends on the date (--as-of): warning in the 90 days before end of support, error from then on; warning for a runtime missing from the support schedule; info for a preview runtime")
public final class RuntimeLifecycle implements Rule {

  static final String SCHEDULE = "https://cloud.google.com/appengine/docs/standard/lifecycle/support-schedule";

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    Optional<Located<String>> runtime = ctx.app().runtime();
    if (runtime.isEmpty()) {
      return;
    }
    RuntimeCatalog catalog = RuntimeCatalog.bundled();
    Optional<Runtime> known = catalog.standard(runtime.get().value());
    if (known.isEmpty()) {
      return;
    }
    Lifecycle phase = catalog.lifecycle(known.get(), ctx.options().asOf());
    String id = known.get().id();
    Optional<Fix> upgrade = newest(catalog, known.get(), ctx.options().asOf()).map(n -> upgrade(known.get(), n));
    if (phase instanceof Lifecycle.EndingSoon soon) {
      ctx.report(Severity.WARNING, runtime.get().range(), id + " reaches end of support on " + soon.endOfSupport()
          + " (in " + soon.daysLeft() + " days); after that, deploys are blocked; see " + SCHEDULE, upgrade);
    } else if (phase instanceof Lifecycle.EndOfSupport eos) {
      ctx.report(Severity.ERROR, runtime.get().range(), id + " reached end of support on " + eos.since()
          + "; new deploys are blocked unless an organisation policy re-enables them"
          + known.get().deprecated().map(d -> " (possible until " + d + ")").orElse("") + "; see " + SCHEDULE, upgrade);
    } else if (phase instanceof Lifecycle.Deprecated deprecated) {
      ctx.report(Severity.ERROR, runtime.get().range(), id + " is deprecated since " + deprecated.since()
          + "; deploys are blocked and an organisation policy can no longer re-enable them"
          + known.get().decommissioned().map(d -> "; versions may be disabled from " + d).orElse("")
          + "; see " + SCHEDULE, upgrade);
    } else if (phase instanceof Lifecycle.Decommissioned gone) {
      ctx.report(Severity.ERROR, runtime.get().range(), id + " was decommissioned on " + gone.since()
          + "; versions may be disabled and nothing can be deployed; see " + SCHEDULE, upgrade);
    } else if (phase instanceof Lifecycle.KnownUnsupported) {
      ctx.report(Severity.WARNING, runtime.get().range(), id + " is known to gcloud but missing from the support"
          + " schedule; treat it as unsupported; see " + SCHEDULE, upgrade);
    } else if (phase instanceof Lifecycle.Preview) {
      ctx.report(Severity.INFO, runtime.get().range(), id + " is a preview runtime; it has no support schedule yet",
          Optional.empty());
    }
  }

  /**
   * The newest generally available second-generation runtime of the same language that existed
   * on the day judged (the table lists newest first).
   */
  static Optional<Runtime> newest(RuntimeCatalog catalog, Runtime runtime, java.time.LocalDate asOf) {
    return catalog.standardRuntimes().stream()
        .filter(r -> r.language() == runtime.language() && r.status() == Runtime.Status.GA
            && r.generation() == dev.appyaml.runtime.Generation.SECOND
            && dev.appyaml.runtime.RuntimeAvailability.existedOn(r, asOf, catalog))
        .findFirst()
        .filter(r -> !r.id().equals(runtime.id()));
  }

  /** A replacement within a generation; moving to the second generation is a port, so only a hint. */
  private static Fix upgrade(Runtime from, Runtime to) {
    if (from.generation() != to.generation()) {
      return Fix.hint("port the app to " + to.id() + "; it is a second-generation runtime, not a drop-in replacement");
    }
    return Fix.replaceWith("upgrade to " + to.id(), to.id());
  }
}
