package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import dev.appyaml.yaml.Scalars;
import java.util.Map;

@RuleInfo(id = "AY759", name = "apphosting-value-type", severity = Severity.ERROR,
    summary = "runConfig numbers and booleans must be written unquoted: Go's YAML reader does not convert text",
    spec = {"AH-004"},
    safeFix = true)
public final class GoValueType extends AppHostingRule {

  private enum Kind { NUMBER, WHOLE_NUMBER, BOOLEAN }

  private static final Map<String, Kind> TYPED = Map.of(
      "cpu", Kind.NUMBER, "memoryMiB", Kind.WHOLE_NUMBER, "concurrency", Kind.WHOLE_NUMBER,
      "maxInstances", Kind.WHOLE_NUMBER, "minInstances", Kind.WHOLE_NUMBER, "cpuAlwaysAllocated", Kind.BOOLEAN);

  @Override
  void check(RuleContext ctx, AppHostingYaml file) {
    file.runConfig().ifPresent(rc -> {
      for (MappingNode.Entry e : rc.value().node().entries()) {
        Kind kind = TYPED.get(e.name());
        if (kind != null && e.value() instanceof ScalarNode s && !s.isNull()) {
          check(ctx, e.name(), s, kind);
        }
      }
    });
  }

  private void check(RuleContext ctx, String key, ScalarNode s, Kind kind) {
    String written = s.quoted() ? '"' + s.text() + '"' : s.text();
    switch (kind) {
      case BOOLEAN -> {
        if (s.type() != ScalarType.BOOL) {
          String intended = s.text().strip().toLowerCase(java.util.Locale.ROOT).matches("false|no|off|0") ? "false" : "true";
          ctx.report(s.range(), key + " is " + written + ", not a YAML boolean; App Hosting fails to read the file",
              Fix.replaceWith("write " + intended + " without quotes", intended));
        }
      }
      case NUMBER, WHOLE_NUMBER -> {
        boolean numericText = s.type() == ScalarType.STRING
            && (kind == Kind.NUMBER ? Scalars.toDouble(s).isPresent() : Scalars.toLong(s).isPresent());
        if (numericText) {
          ctx.report(s.range(), key + " is " + written + ", text rather than a number; App Hosting fails to read the file",
              Fix.replaceWith("write it without quotes", s.text().strip()));
        } else if (s.type() == ScalarType.BOOL) {
          ctx.report(s.range(), key + " is " + written + ", which YAML reads as a boolean; expected a number");
        }
      }
      default -> throw new IllegalStateException();
    }
  }
}
