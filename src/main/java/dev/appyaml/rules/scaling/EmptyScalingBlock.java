package dev.appyaml.rules.scaling;

import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import java.util.List;

/**
 * {@code manual_scaling:} with nothing under it is null to Google's loader and so is dropped:
 * the service then scales automatically. An empty {@code automatic_scaling: {}} only restates
 * the defaults. (An empty basic or manual mapping misses its required key, which AY106 reports.)
 */
@RuleInfo(id = "AY311", name = "empty-scaling-block", severity = Severity.WARNING,
    summary = "a scaling block with no settings is ignored",
    spec = {"AY-SC-004"})
public final class EmptyScalingBlock implements Rule {

  private static final List<String> BLOCKS = List.of("automatic_scaling", "basic_scaling", "manual_scaling");

  @Override
  public void check(RuleContext ctx) {
    for (String name : BLOCKS) {
      ctx.root().entry(name).ifPresent(entry -> {
        if (entry.value() instanceof ScalarNode s && s.isNull()) {
          ctx.report(entry.key().range(), name + " has no settings, so Google's loader ignores it"
              + (name.equals("automatic_scaling") ? "" : " and the service scales automatically"),
              Fix.hint(name.equals("automatic_scaling") ? "add its settings, indented under it, or remove it"
                  : "indent its settings under it, or remove it"));
        } else if (name.equals("automatic_scaling") && entry.value() instanceof MappingNode m && m.entries().isEmpty()) {
          ctx.report(entry.key().range(), "automatic_scaling is empty and changes nothing",
              Fix.hint("add its settings, or remove it"));
        }
      });
    }
  }
}
