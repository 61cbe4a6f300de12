package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.util.List;

@RuleInfo(id = "AY002", name = "document-count", severity = Severity.ERROR,
    summary = "the file must hold exactly one non-empty YAML document", spec = {"AY-YAML-002", "DSP-003", "CRN-003", "AH-005"})
public final class DocumentCount implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<YamlNode> documents = ctx.document().documents();
    if (documents.isEmpty() || documents.get(0) instanceof ScalarNode s && s.isNull()) {
      // An empty dispatch.yaml removes every rule (AY704 warns); an empty apphosting.yaml means defaults.
      if (ctx.file().kind() != FileKind.DISPATCH && ctx.file().kind() != FileKind.APPHOSTING) {
        ctx.report(Range.point(Position.START), "file is empty; expected a configuration mapping");
      }
      return;
    }
    for (YamlNode extra : documents.subList(1, documents.size())) {
      ctx.report(extra.range(), "file holds more than one YAML document; Google's loader reads exactly one",
          Fix.hint("split the documents into separate files"));
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return true;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
