package dev.appyaml.rules.yaml;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;

@RuleInfo(id = "AY005", name = "anchor-or-alias", severity = Severity.ERROR,
    summary = "anchors (&name) and aliases (*name) are not supported by Google's loader",
    spec = {"AY-YAML-005"})
public final class AnchorsAndAliases implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Range anchor : ctx.document().anchors()) {
      ctx.report(anchor, "anchor is not supported by Google's configuration loader",
          Fix.hint("write the value out in full"));
    }
    for (Range alias : ctx.document().aliases()) {
      ctx.report(alias, "alias is not supported by Google's configuration loader",
          Fix.hint("write the value out in full"));
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind != FileKind.APPHOSTING;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
