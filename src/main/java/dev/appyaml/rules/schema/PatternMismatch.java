package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;

@RuleInfo(id = "AY105", name = "pattern-mismatch", severity = Severity.ERROR,
    summary = "a value (or a free-form key) must match the regular expression Google's validator applies",
    spec = {"AY-RT-003", "AY-ID-001", "AY-ID-008", "AY-ID-011", "AY-API-001", "AY-URL-002",
        "AY-STA-001", "AY-EXP-001", "AY-EXP-003", "AY-AS-007", "AY-AS-008", "AY-AS-012", "AY-AS-015",
        "AY-AS-017", "AY-BS-001", "AY-BS-002", "AY-MS-001", "AY-VAR-002", "AY-BEV-001", "AY-RC-001",
        "AY-BETA-001", "AY-VPC-002", "AY-NET-002", "AY-NET-003", "AY-NET-005", "AY-NET-007",
        "AY-NET-008", "AY-RES-007", "AY-END-001", "AY-SL-001", "AY-MAIN-001", "AY-ERR-002",
        "DSP-007", "CRN-007", "CRN-010", "CRN-011", "CRN-032", "QUE-003"})
public final class PatternMismatch extends SchemaRule.OfValues {

  @Override
  public void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (shape instanceof Shape.Text text && text.pattern().isPresent()
        && node instanceof ScalarNode s && !s.isNull()
        && !text.pattern().get().matcher(s.pythonStr()).matches()) {
      ctx.report(node.range(), path + " is " + shown(s) + "; expected " + text.patternDescription());
    }
    if (shape instanceof Shape.StringMap map && map.keyPattern().isPresent() && node instanceof MappingNode m) {
      for (MappingNode.Entry entry : m.entries()) {
        if (!map.keyPattern().get().matcher(entry.name()).matches()) {
          ctx.report(entry.key().range(), "name " + entry.name() + " in " + path + " is not allowed; expected "
              + map.keyDescription());
        }
      }
    }
  }

  /** The value, and what Google's validator made of it when that differs (1.10 is read as 1.1). */
  private static String shown(ScalarNode s) {
    String written = Describe.value(s);
    return s.quoted() || s.pythonStr().equals(s.text()) ? written : written + " (read as " + s.pythonStr() + ")";
  }
}
