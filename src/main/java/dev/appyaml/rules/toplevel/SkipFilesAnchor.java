package dev.appyaml.rules.toplevel;

import dev.appyaml.regex.PatternMemo;
import dev.appyaml.regex.PatternScan;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * gcloud matches skip_files with Python's {@code re.match} against each path relative to the app
 * root: anchored at the start, not at the end. So {@code \.bak$} only skips a top-level file named
 * {@code .bak}, never {@code dir/x.bak}. Each alternative should say where it applies: {@code ^}
 * for the top level, a match-any prefix such as {@code .*} for any folder.
 */
@RuleInfo(id = "AY529", name = "skip-files-anchor", severity = Severity.WARNING,
    summary = "a skip_files pattern should start with ^ or .* to make clear where it matches",
    spec = {"AY-SKIP-002"})
public final class SkipFilesAnchor implements Rule {

  private static final List<String> ANCHORED = List.of("^", ".*", ".+", "(.*", "(?:.*", "(^", "(?:^");

  @Override
  public void check(RuleContext ctx) {
    if (ctx.platform().gcloudTreatsAsSecondGeneration() || ctx.app().skipFiles().isEmpty()) {
      return;
    }
    for (ScalarNode pattern : patterns(ctx.app().skipFiles().get().value())) {
      String regex = pattern.pythonStr().replace("\n", "").replace("\r", "");
      if (PatternMemo.analyze(regex).error().isPresent()) {
        continue;
      }
      unanchored(regex).ifPresent(alternative -> ctx.report(pattern.range(), "skip_files pattern " + shorten(alternative)
              + " is matched only at the start of each path, so it does not reach files in subfolders;"
              + " expected it to start with ^ (top level) or ^(.*/)? (any folder)",
          Fix.hint("write ^(.*/)?" + shorten(alternative) + " to match in every folder, or ^"
              + shorten(alternative) + " for the top level only")));
    }
  }

  static List<ScalarNode> patterns(YamlNode value) {
    List<ScalarNode> patterns = new ArrayList<>();
    if (value instanceof ScalarNode s && !s.isNull()) {
      patterns.add(s);
    } else if (value instanceof SequenceNode list) {
      list.items().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
          .filter(s -> !s.isNull()).forEach(patterns::add);
    }
    return patterns;
  }

  /** The first top-level alternative that does not start with an anchor or a match-any prefix. */
  static Optional<String> unanchored(String regex) {
    for (String alternative : alternatives(regex)) {
      String a = alternative.strip();
      if (!a.isEmpty() && ANCHORED.stream().noneMatch(a::startsWith)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Splits at the {@code |} that are outside groups, classes and escapes. */
  static List<String> alternatives(String regex) {
    List<String> result = new ArrayList<>();
    int[] depth = {0};
    int[] start = {0};
    PatternScan.structural(regex, (i, c) -> {
      if (c == '(') {
        depth[0]++;
      } else if (c == ')') {
        depth[0] = Math.max(0, depth[0] - 1);
      } else if (c == '|' && depth[0] == 0) {
        result.add(regex.substring(start[0], i));
        start[0] = i + 1;
      }
    });
    result.add(regex.substring(start[0]));
    return result;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }
}
