package dev.appyaml.rule;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import java.util.ArrayList;
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
      if (!rule.appliesTo(file.kind())
          || !loaded && !rule.runsOnUnloadableInput()
          || rule.needsRootMapping() && !hasRootMapping) {
        continue;
      }
      RuleInfo info = rule.info();
      ctx.runAs(info);
      try {
        rule.check(ctx);
      } catch (RuntimeException | StackOverflowError e) {
        found.add(new Diagnostic(file.source().displayPath(), Range.point(Position.START),
            INTERNAL_ERROR_ID, Severity.ERROR,
            "internal error in rule " + info.id() + " (" + info.name() + "): " + e
                + "; please report this with the file that caused it",
            Optional.empty()));
      }
    }
    found.sort(Diagnostic.ORDER);
    return List.copyOf(found);
  }
}
