package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY003", name = "root-not-mapping", severity = Severity.ERROR,
    summary = "the top level of the file must be a mapping of keys to values", spec = {"AY-YAML-003"})
public final class RootMapping implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.document().root()
        .filter(root -> !(root instanceof MappingNode) && !(root instanceof ScalarNode s && s.isNull()))
        .ifPresent(root -> ctx.report(root.range(),
            "top level is " + root.kindName() + "; expected a mapping such as runtime: python312"));
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return true;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
