package dev.appyaml.rules.yaml;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.YamlDocument.Kind;
import dev.appyaml.yaml.YamlDocument.LoadProblem;
import java.util.Optional;

@RuleInfo(id = "AY001", name = "yaml-syntax", severity = Severity.ERROR,
    summary = "the file must be well-formed YAML", spec = {"AY-YAML-001"})
public final class YamlSyntax extends LoadProblemRule {

  @Override
  boolean reports(Kind kind) {
    return kind == Kind.SYNTAX;
  }

  @Override
  void report(RuleContext ctx, LoadProblem problem) {
    Optional<SlashComment> slash = SlashComment.before(ctx.file().source(), problem);
    if (slash.isPresent()) {
      ctx.report(slash.get().range(), slash.get().message(), Fix.hint("start the comment with # instead of //"));
    } else {
      super.report(ctx, problem);
    }
  }
}
