package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;

@RuleInfo(id = "AY106", name = "missing-required-key", severity = Severity.ERROR,
    summary = "a mapping must have the keys Google requires in it",
    spec = {"AY-URL-001", "AY-BS-001", "AY-MS-001", "AY-ERR-002", "AY-LIB-002", "AY-VPC-001", "AY-RES-006",
        "DSP-006", "CRN-007", "CRN-008", "AH-ENV-002"})
public final class MissingRequiredKey extends SchemaRule.OfMappings {

  @Override
  public void mapping(RuleContext ctx, MappingNode node, ObjectSpec spec, String path) {
    for (Element element : spec.elements()) {
      if (!element.required()) {
        continue;
      }
      var entry = node.entry(element.name());
      String where = path.isEmpty() ? spec.typeName() : path;
      if (entry.isEmpty()) {
        ctx.report(node.range(), where + " is missing required key " + element.name());
      } else if (entry.get().value() instanceof ScalarNode s && s.isNull()) {
        ctx.report(entry.get().key().range(), element.name() + " in " + where + " has no value; it is required");
      }
    }
  }
}
