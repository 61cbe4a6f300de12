package dev.appyaml.rules.neighbours;

import dev.appyaml.rule.ContentKind;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY702", name = "kind-not-validated", severity = Severity.INFO,
    summary = "index.yaml is read for YAML problems only; its content is not validated")
public final class NotValidated implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ctx.report(Range.point(Position.START), ContentKind.fileName(ctx.file().kind())
        + " is checked for YAML problems only; appyaml does not validate its indexes yet");
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.INDEX;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
