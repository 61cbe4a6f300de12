package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.text.Describe;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.Scalars;
import dev.appyaml.yaml.YamlNode;

@RuleInfo(id = "AY104", name = "out-of-range", severity = Severity.ERROR,
    summary = "a number must lie in the range Google documents or enforces for that key",
    spec = {"AY-AS-001", "AY-AS-004", "AY-AS-010", "AY-AS-011", "AY-FAS-001", "AY-FAS-002",
        "AY-FAS-004", "AY-FAS-005", "AY-FAS-006", "AY-FAS-007", "AY-FAS-008", "AY-HC-002",
        "AY-HC-003", "AY-HC-004", "AY-HC-005", "AY-HC-006", "AY-HC-011", "AY-HC-012", "AY-HC-013",
        "AY-HC-014", "AY-HC-015", "AY-HC-020", "AY-RES-004", "AY-RES-009",
        "CRN-031", "CRN-033", "CRN-035", "AH-004", "CRN-053", "QUE-005"})
public final class OutOfRange extends SchemaRule.OfValues {

  @Override
  public void value(RuleContext ctx, YamlNode node, Shape shape, String path) {
    if (!(node instanceof ScalarNode s) || s.isNull()) {
      return;
    }
    if (shape instanceof Shape.Int i) {
      Scalars.toLong(s).filter(v -> v < i.min() || v > i.max()).ifPresent(v ->
          ctx.report(node.range(), path + " is " + Describe.value(node) + "; expected " + range(i.min(), i.max())));
    } else if (shape instanceof Shape.Decimal d) {
      Scalars.toDouble(s).filter(v -> v < d.min() || v > d.max()).ifPresent(v ->
          ctx.report(node.range(), path + " is " + Describe.value(node) + "; expected " + range(d.min(), d.max())));
    }
  }

  private static String range(long min, long max) {
    if (max == Long.MAX_VALUE) {
      return "at least " + min;
    }
    return "a value from " + min + " to " + max;
  }

  private static String range(double min, double max) {
    if (max == Double.POSITIVE_INFINITY) {
      return "at least " + format(min);
    }
    if (min == 1e-6) {
      return "a value greater than 0 and at most " + format(max);
    }
    return "a value from " + format(min) + " to " + format(max);
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
