package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.Nodes;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(id = "AY004", name = "duplicate-key", severity = Severity.ERROR,
    summary = "a key may appear only once in a mapping", spec = {"AY-YAML-004"})
public final class DuplicateKey implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Nodes.mappings(ctx.root()).forEach(mapping -> {
      Map<String, MappingNode.Entry> seen = new HashMap<>();
      for (MappingNode.Entry entry : mapping.entries()) {
        MappingNode.Entry first = seen.putIfAbsent(entry.name(), entry);
        if (first != null) {
          ctx.report(entry.key().range(), "duplicate key " + entry.name() + "; first given on line "
              + first.key().range().start().line() + ", and Google's loader rejects repeats");
        }
      }
    });
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return true;
  }
}
