package dev.appyaml.rule;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.suppress.DirectiveRule;
import dev.appyaml.suppress.Suppressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Runs every applicable rule on a file. A rule that throws is a bug in appyaml: it becomes one
 * internal-error finding naming the rule, and the other rules still run.
 */
public final class Engine {

  public static final String INTERNAL_ERROR_ID = "AY000";

  private final List<Rule> rules;

  public Engine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Diagnostic> check(CheckedFile file, ValidationOptions options) {
    List<Diagnostic> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(file, options, found);
    boolean loaded = !file.document().failed();
    boolean hasRootMapping = loaded && ctx.rootIfMapping().isPresent();
    for (Rule rule : rules) {
      if (rule instanceof DirectiveRule) {
        continue;
      }
      if (!rule.appliesTo(file.kind())
          || !loaded && !rule.runsOnUnloadableInput()
          || rule.needsRootMapping() && !hasRootMapping) {
        continue;
      }
      run(rule, ctx, found, () -> rule.check(ctx));
    }
    if (options.inlineSuppressions()) {
      applySuppressions(file, ctx, found);
    }
    found.sort(Diagnostic.ORDER);
    return List.copyOf(found);
  }

  private void applySuppressions(CheckedFile file, RuleContext ctx, List<Diagnostic> found) {
    List<Suppressions.Directive> directives = Suppressions.parse(file.source());
    Map<Suppressions.Directive, Set<String>> used = new HashMap<>();
    found.removeIf(d -> {
      for (Suppressions.Directive directive : directives) {
        if ((directive.fileWide() || directive.coveredLine() == d.range().start().line())
            && directive.rules().stream().anyMatch(r -> names(d.ruleId()).contains(r))) {
          used.computeIfAbsent(directive, k -> new HashSet<>()).addAll(
              directive.rules().stream().filter(r -> names(d.ruleId()).contains(r)).toList());
          return true;
        }
      }
      return false;
    });
    for (Rule rule : rules) {
      if (rule instanceof DirectiveRule directiveRule) {
        run(rule, ctx, found, () -> directiveRule.checkDirectives(ctx, directives, used));
      }
    }
  }

  /** The ways a suppression may name a rule: its id and its name. */
  private static Set<String> names(String ruleId) {
    return RuleRegistry.byId(ruleId).map(r -> Set.of(r.info().id(), r.info().name())).orElse(Set.of(ruleId));
  }

  private static void run(Rule rule, RuleContext ctx, List<Diagnostic> found, Runnable check) {
    RuleInfo info = rule.info();
    ctx.runAs(info);
    try {
      check.run();
    } catch (RuntimeException | StackOverflowError e) {
      found.add(new Diagnostic(ctx.file().source().displayPath(), Range.point(Position.START),
          INTERNAL_ERROR_ID, Severity.ERROR,
          "internal error in rule " + info.id() + " (" + info.name() + "): " + e
              + "; please report this with the file that caused it",
          Optional.empty()));
    }
  }
}
