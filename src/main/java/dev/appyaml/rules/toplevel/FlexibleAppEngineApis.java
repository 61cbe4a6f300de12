package dev.appyaml.rules.toplevel;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;

/**
 * beta_settings.enable_app_engine_apis selects the flexible "compat" runtimes, which are
 * deprecated; gcloud prints a warning when it sees the setting.
 */
@RuleInfo(id = "AY537", name = "flexible-app-engine-apis", severity = Severity.WARNING,
    summary = "beta_settings.enable_app_engine_apis belongs to the deprecated flexible compat runtimes",
    spec = {"AY-BETA-003"})
public final class FlexibleAppEngineApis implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().environment().isFlexible()) {
      return;
    }
    ctx.root().get("beta_settings").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
        .flatMap(m -> m.entry("enable_app_engine_apis"))
        .ifPresent(entry -> ctx.report(entry.key().range(), "beta_settings.enable_app_engine_apis selects the"
                + " deprecated compat runtimes of the flexible environment; expected the Google Cloud client libraries",
            Fix.hint("remove it, and call Google Cloud services through their client libraries")));
  }
}
