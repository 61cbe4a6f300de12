package dev.appyaml.rules.dispatch;

import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.util.Optional;

@RuleInfo(id = "AY704", name = "empty-dispatch", severity = Severity.WARNING,
    summary = "a dispatch.yaml without rules removes every dispatch rule on deploy; write dispatch: [] when that is meant",
    spec = {"DSP-003"})
public final class EmptyDispatch implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Optional<YamlNode> root = ctx.document().root();
    boolean emptyFile = root.isEmpty() || root.get() instanceof ScalarNode s && s.isNull();
    if (emptyFile) {
      ctx.report(Range.point(Position.START), "dispatch.yaml is empty; deploying it removes every dispatch rule",
          Fix.hint("write dispatch: [] if removing every rule is meant, or add the rules"));
      return;
    }
    if (root.get() instanceof MappingNode map) {
      map.entry("dispatch").filter(e -> e.value() instanceof ScalarNode s && s.isNull()).ifPresent(e ->
          ctx.report(e.key().range(), "dispatch has no rules; deploying this file removes every dispatch rule",
              Fix.hint("write dispatch: [] if removing every rule is meant, or add the rules")));
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.DISPATCH;
  }

  @Override
  public boolean needsRootMapping() {
    return false;
  }
}
