package dev.appyaml.rules.toplevel;

import dev.appyaml.regex.PatternMemo;
import dev.appyaml.regex.Analysis;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "AY501", name = "skip-files-regex", severity = Severity.ERROR,
    summary = "skip_files and nobuild_files must be Python regular expressions that compile",
    spec = {"AY-SKIP-001", "AY-NB-001"})
public final class SkipFilesRegex implements Rule {

  @Override
  public void check(RuleContext ctx) {
    check(ctx, "skip_files", ctx.app().skipFiles());
    check(ctx, "nobuild_files", ctx.app().nobuildFiles());
  }

  private static void check(RuleContext ctx, String key, Optional<Located<YamlNode>> value) {
    if (value.isEmpty()) {
      return;
    }
    List<ScalarNode> patterns = new ArrayList<>();
    if (value.get().value() instanceof ScalarNode s && !s.isNull()) {
      patterns.add(s);
    } else if (value.get().value() instanceof SequenceNode list) {
      list.items().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
          .filter(s -> !s.isNull()).forEach(patterns::add);
    }
    for (ScalarNode pattern : patterns) {
      // Google removes line breaks from the value before compiling it.
      String regex = pattern.pythonStr().replace("\n", "").replace("\r", "");
      Analysis analysis = PatternMemo.analyze(regex);
      analysis.error().ifPresent(problem -> ctx.report(pattern.range(),
          key + " pattern " + quote(regex) + " does not compile: " + problem.message()
              + " at position " + problem.offset()));
    }
  }

  private static String quote(String s) {
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }
}
