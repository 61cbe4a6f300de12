package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.YamlDocument.Kind;
import dev.appyaml.yaml.YamlDocument.LoadProblem;

@RuleInfo(id = "AY001", name = "yaml-syntax", severity = Severity.ERROR,
    summary = "the file must be well-formed YAML", spec = {"AY-YAML-001"})
public final class YamlSyntax implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (LoadProblem problem : ctx.document().problems()) {
      if (problem.kind() == Kind.SYNTAX) {
        ctx.report(problem.range(), problem.message());
      }
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return true;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }

  @Override
  public boolean runsOnUnloadableInput() {
    return true;
  }
}
