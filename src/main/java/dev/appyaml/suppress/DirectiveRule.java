package dev.appyaml.suppress;

import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule about the suppression comments themselves. The engine calls it after it has applied
 * the file's suppressions, with what each directive actually suppressed.
 */
public interface DirectiveRule extends Rule {

  void checkDirectives(RuleContext ctx, List<Suppressions.Directive> directives,
      Map<Suppressions.Directive, Set<String>> usedRules);

  @Override
  default void check(RuleContext ctx) {
    // Runs through checkDirectives, after the other rules.
  }

  @Override
  default boolean needsRootMapping() {
    return false;
  }

  @Override
  default boolean appliesTo(dev.appyaml.rule.FileKind kind) {
    return true;
  }
}
