package dev.appyaml.rules.dispatch;

import dev.appyaml.model.DispatchYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY713", name = "unreachable-dispatch-rule", severity = Severity.WARNING,
    summary = "the first matching dispatch rule wins, so a rule that an earlier rule covers never applies",
    spec = {"DSP-019"})
public final class UnreachableRule extends DispatchRule {

  /** Rules compared pairwise; far beyond the service's limit of 20 (AY705), and bounds the work. */
  static final int MAX_COMPARED = 1000;

  @Override
  void check(RuleContext ctx, DispatchYaml dispatch) {
    List<DispatchUrl> earlier = new ArrayList<>();
    for (Located<DispatchYaml.Rule> rule : dispatch.rules().subList(0, Math.min(MAX_COMPARED, dispatch.rules().size()))) {
      Optional<DispatchUrl> url = DispatchUrl.of(rule.value().url()).filter(UnreachableRule::wellFormed);
      if (url.isEmpty()) {
        continue;
      }
      DispatchUrl later = url.get();
      earlier.stream().filter(e -> covers(e, later)).findFirst().ifPresent(e ->
          ctx.report(later.scalar().range(), "rule for \"" + later.text() + "\" never applies: the rule for \""
              + e.text() + "\" on line " + e.scalar().range().start().line()
              + (e.text().equals(later.text()) ? " has the same url" : " already matches every request this one matches")
              + ", and the first matching rule wins",
              Fix.hint(e.text().equals(later.text()) ? "remove one of the two rules" : "move this rule above it")));
      earlier.add(later);
    }
  }

  private static boolean wellFormed(DispatchUrl u) {
    return u.hostIsWildcard() ? DispatchUrl.SUFFIX_HOST.matcher(u.hostPattern()).matches()
        : DispatchUrl.EXACT_HOST.matcher(u.host()).matches();
  }

  /** Whether every request {@code b} matches is matched by {@code a}. */
  static boolean covers(DispatchUrl a, DispatchUrl b) {
    boolean hosts = a.hostIsWildcard() ? b.host().endsWith(a.host()) : !b.hostIsWildcard() && a.host().equals(b.host());
    boolean paths = a.pathIsPrefix() ? b.path().startsWith(a.path()) : !b.pathIsPrefix() && a.path().equals(b.path());
    return hosts && paths;
  }
}
