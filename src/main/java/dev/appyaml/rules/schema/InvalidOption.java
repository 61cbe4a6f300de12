package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import dev.appyaml.text.Suggestions;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;

@RuleInfo(id = "AY103", name = "invalid-option", severity = Severity.ERROR,
    summary = "a value must be one of the options Google accepts for that key",
    spec = {"AY-RT-013", "AY-LOG-001", "AY-LOG-005", "AY-SEC-001", "AY-SEC-004", "AY-INB-001",
        "AY-ERR-003", "AY-VPC-004", "AY-BND-005", "AY-END-002", "AY-LEG-001", "AY-LEG-006", "AY-RES-008",
        "AH-RC-061", "AH-ENV-004"})
public final class InvalidOption extends SchemaRule.OfValues {

  @Override
  public void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (!(shape instanceof Shape.Text text) || text.options().isEmpty()
        || !(node instanceof ScalarNode s) || s.isNull()) {
      return;
    }
    String value = s.pythonStr();
    if (text.options().contains(value)) {
      return;
    }
    String message = path + " is " + Describe.value(node) + "; expected " + Describe.choices(text.options());
    var suggestion = Suggestions.closest(value, text.options());
    if (suggestion.isPresent()) {
      ctx.report(node.range(), message, Fix.replaceWith("use " + suggestion.get(), suggestion.get()));
    } else {
      ctx.report(node.range(), message);
    }
  }
}
