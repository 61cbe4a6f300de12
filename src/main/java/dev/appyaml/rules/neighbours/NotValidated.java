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
    summary = "queue.yaml and index.yaml are read for YAML problems only; their content is not validated")
public final class NotValidated implements Rule {

  @Override
  public void check(RuleContext ctx) {
    String name = ContentKind.fileName(ctx.file().kind());
    ctx.report(Range.point(Position.START), name + " is checked for YAML problems only; appyaml does not validate its "
        + (ctx.file().kind() == FileKind.QUEUE ? "queues" : "indexes") + " yet");
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.QUEUE || kind == FileKind.INDEX;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
