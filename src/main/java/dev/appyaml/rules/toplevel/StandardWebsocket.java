package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.Scalars;

/**
 * gcloud accepts the key on second-generation runtimes, but the docs list WebSockets as
 * unsupported in the standard environment. Elsewhere AY107 reports the key as not applicable.
 */
@RuleInfo(id = "AY513", name = "standard-websocket", severity = Severity.WARNING,
    summary = "standard_websocket does not make WebSockets available in the standard environment",
    spec = {"AY-LEG-008"})
public final class StandardWebsocket implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || !ctx.platform().isSecondGeneration()) {
      return;
    }
    ctx.root().entry("standard_websocket")
        .filter(entry -> entry.value() instanceof ScalarNode s && Scalars.pythonBool(s))
        .ifPresent(entry -> ctx.report(entry.key().range(), "standard_websocket is true, but the docs list"
                + " WebSockets as unsupported in the standard environment; expected the flexible environment for them",
            Fix.hint("remove it, and serve WebSockets from the flexible environment or Cloud Run")));
  }
}
