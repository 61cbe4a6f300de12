package dev.appyaml.rules.toplevel;

import dev.appyaml.model.Generation;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;

/**
 * First-generation settings that are legacy even there: {@code source_language} (Java apps
 * generated from another language) and {@code auto_id_policy: legacy}, for which gcloud logs a
 * deprecation warning. Elsewhere AY107 reports both as not applicable.
 */
@RuleInfo(id = "AY512", name = "legacy-setting", severity = Severity.WARNING,
    summary = "source_language and auto_id_policy: legacy are legacy first-generation settings",
    spec = {"AY-SL-001", "AY-LEG-006"})
public final class LegacySetting implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.platform().isStandard() || ctx.platform().generation() != Generation.FIRST) {
      return;
    }
    ctx.root().entry("source_language").ifPresent(entry -> ctx.report(entry.key().range(),
        "source_language is a legacy setting for Java apps generated from another language", Fix.hint("remove it")));
    ctx.root().entry("auto_id_policy").filter(e -> e.value() instanceof ScalarNode s && s.pythonStr().equals("legacy"))
        .ifPresent(entry -> ctx.report(entry.value().range(),
            "auto_id_policy is legacy, which gcloud reports as deprecated; expected default (scattered ids)",
            Fix.replaceWith("use default", "default")));
  }
}
