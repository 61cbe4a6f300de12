package dev.appyaml.rules.yaml;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.YamlDocument.Kind;

@RuleInfo(id = "AY006", name = "unreadable-input", severity = Severity.ERROR,
    summary = "the file must be UTF-8 text within appyaml's size, nesting and alias limits")
public final class InputLimits extends LoadProblemRule {

  @Override
  boolean reports(Kind kind) {
    return kind != Kind.SYNTAX;
  }
}
