package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import dev.appyaml.yaml.Scalars;
import dev.appyaml.yaml.YamlNode;

@RuleInfo(id = "AY109", name = "not-a-boolean", severity = Severity.WARNING,
    summary = "a boolean key should get a YAML boolean: Python's bool() reads \"false\" as true",
    spec = {"AY-YAML-010", "AY-TS-003"},
    safeFix = true)
public final class NotABoolean extends SchemaRule.OfValues {

  /** apphosting.yaml is read by Go, which rejects a quoted boolean outright (AY759 reports it). */
  @Override
  public boolean appliesTo(FileKind kind) {
    return super.appliesTo(kind) && kind != FileKind.APPHOSTING;
  }

  @Override
  public void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (shape instanceof Shape.Bool && node instanceof ScalarNode s && !s.isNull() && s.type() != ScalarType.BOOL) {
      boolean readAs = Scalars.pythonBool(s);
      String intended = s.text().strip().toLowerCase(java.util.Locale.ROOT);
      String fix = intended.matches("false|no|off|0|n") ? "false" : "true";
      ctx.report(node.range(), path + " is " + (s.quoted() ? '"' + s.text() + '"' : s.text())
          + ", not a YAML boolean; Google's validator reads it as " + (readAs ? "true" : "false"),
          Fix.replaceWith("write " + fix + " without quotes", fix));
    }
  }
}
