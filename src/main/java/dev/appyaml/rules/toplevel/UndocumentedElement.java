package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import java.util.List;

/**
 * The three undocumented elements the spec grades as notes, where they are accepted at all
 * (elsewhere AY107 reports them): code_lock on first-generation runtimes, vpc_access (Direct VPC)
 * on second-generation runtimes, and the inbound service rest. Their behaviour is whatever the
 * service does today. Other validator-only elements are accepted silently (AY-TOP-004).
 */
@RuleInfo(id = "AY539", name = "undocumented-element", severity = Severity.INFO,
    summary = "an element gcloud accepts but the App Engine documentation does not describe",
    spec = {"AY-LEG-007", "AY-VPC-007", "AY-INB-003"})
public final class UndocumentedElement implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard()) {
      return;
    }
    Generation generation = ctx.platform().generation();
    if (generation == Generation.FIRST) {
      report(ctx, "code_lock");
    } else if (generation == Generation.SECOND) {
      report(ctx, "vpc_access");
    }
    for (Located<String> service : ctx.app().inboundServices().map(Located::value).orElse(List.of())) {
      if (service.value().equals("rest")) {
        ctx.report(service.range(), "inbound service rest is accepted by gcloud but not documented",
            Fix.hint("remove it unless you know the service needs it"));
      }
    }
  }

  private static void report(RuleContext ctx, String key) {
    ctx.root().entry(key).ifPresent(entry -> ctx.report(entry.key().range(), key
        + " is accepted by gcloud but not described in the App Engine documentation; its behaviour may change",
        Fix.hint("check that the deployed version behaves as intended")));
  }
}
