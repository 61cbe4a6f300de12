package dev.appyaml.rules.yaml;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.YamlDocument.Kind;

@RuleInfo(id = "AY001", name = "yaml-syntax", severity = Severity.ERROR,
    summary = "the file must be well-formed YAML", spec = {"AY-YAML-001"})
public final class YamlSyntax extends LoadProblemRule {

  @Override
  boolean reports(Kind kind) {
    return kind == Kind.SYNTAX;
  }
}
