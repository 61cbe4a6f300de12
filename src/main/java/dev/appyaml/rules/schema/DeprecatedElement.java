package dev.appyaml.rules.schema;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.catalog.Availability.Status;
import dev.appyaml.catalog.Element;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.MappingNode;

@RuleInfo(id = "AY108", name = "deprecated-element", severity = Severity.WARNING,
    summary = "an element Google has deprecated should be replaced",
    spec = {"AY-TOP-002", "AY-ID-005", "AY-RT-015", "AY-LEG-009", "AY-LEG-010", "AY-LEG-011", "AY-HC-021", "DSP-008"})
public final class DeprecatedElement extends SchemaRule.OfKnownKeys {

  @Override
  public void knownKey(RuleContext ctx, MappingNode.Entry entry, Element element, String path) {
    boolean deprecatedHere = !path.contains(".") && !path.contains("[") && ctx.file().kind() == FileKind.APP
        && element.availability().statusFor(ctx.platform()).filter(s -> s == Status.DEPRECATED).isPresent();
    if (element.replacedBy().isPresent()) {
      String replacement = element.replacedBy().get();
      ctx.report(entry.key().range(), entry.name() + " is deprecated; use " + replacement + " instead",
          Fix.hint("replace it with " + replacement));
    } else if (deprecatedHere) {
      ctx.report(entry.key().range(), entry.name() + " is deprecated", Fix.hint("remove it"));
    }
  }
}
