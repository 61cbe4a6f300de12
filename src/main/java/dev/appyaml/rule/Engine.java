package dev.appyaml.rule;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.suppress.DirectiveRule;
import dev.appyaml.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs every applicable rule on a file. A rule that throws is a bug in appyaml: it becomes one
 * internal-error finding naming the rule, and the other rules still run.
 */
public final class Engine {

  public static final String INTERNAL_ERROR_ID = "AY000";

  private final List<Rule> rules;
  /** Per rule, in the order of {@link #rules}: read once, not for every file. */
  private final List<RuleInfo> infos;
  private final boolean[] everyKind;
  private final boolean[] needsRootMapping;
  private final boolean[] runsOnUnloadableInput;
  /** Per file kind, the positions in {@link #rules} of the per-file rules that judge it, in order. */
  private final Map<FileKind, int[]> perFileRules = new EnumMap<>(FileKind.class);
  private final Set<String> ids;

  public Engine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.infos = this.rules.stream().map(Rule::info).toList();
    this.everyKind = new boolean[this.rules.size()];
    this.needsRootMapping = new boolean[this.rules.size()];
    this.runsOnUnloadableInput = new boolean[this.rules.size()];
    for (int i = 0; i < everyKind.length; i++) {
      Rule rule = this.rules.get(i);
      everyKind[i] = appliesToEveryKind(rule);
      needsRootMapping[i] = rule.needsRootMapping();
      runsOnUnloadableInput[i] = rule.runsOnUnloadableInput();
    }
    for (FileKind kind : FileKind.values()) {
      perFileRules.put(kind, IntStream.range(0, this.rules.size())
          .filter(i -> !(this.rules.get(i) instanceof DirectiveRule) && this.rules.get(i).appliesTo(kind)).toArray());
    }
    Set<String> known = new HashSet<>();
    infos.forEach(info -> known.add(info.id()));
    this.ids = Set.copyOf(known);
  }

  public List<Diagnostic> check(CheckedFile file, ValidationOptions options) {
    return check(file, options, List.of());
  }

  /**
   * Checks one file; {@code acrossFiles} are the cross-file rules' findings in it ({@link
   * #checkRun}), kept for the rules of this engine and suppressed like the file's own.
   */
  public List<Diagnostic> check(CheckedFile file, ValidationOptions options, List<Diagnostic> acrossFiles) {
    return settle(file, options, checkOwn(file, options), acrossFiles);
  }

  /** The findings of this engine's per-file rules in one file, before suppressions. */
  public List<Diagnostic> checkOwn(CheckedFile file, ValidationOptions options) {
    List<Diagnostic> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(file, options, found);
    boolean loaded = !file.document().failed();
    boolean hasRootMapping = loaded && ctx.rootIfMapping().isPresent();
    boolean foreign = ContentKind.of(file, options).isPresent();
    for (int i : perFileRules.get(file.kind())) {
      if (!loaded && !runsOnUnloadableInput[i]
          || needsRootMapping[i] && !hasRootMapping
          || foreign && !everyKind[i]) {
        continue;
      }
      RuleInfo info = infos.get(i);
      ctx.runAs(info);
      try {
        rules.get(i).check(ctx);
      } catch (RuntimeException | StackOverflowError e) {
        found.add(internalError(file.source().displayPath(), info, e));
      }
    }
    return found;
  }

  /**
   * A file's final findings: its own ({@link #checkOwn}) with the cross-file findings in it that
   * belong to this engine's rules, suppressed and sorted.
   */
  public List<Diagnostic> settle(CheckedFile file, ValidationOptions options, List<Diagnostic> own,
      List<Diagnostic> acrossFiles) {
    return settleKeepingSuppressed(file, options, own, acrossFiles).diagnostics();
  }

  /** A file's findings, and those its inline suppressions hid (with each suppression's reason). */
  public record Outcome(List<Diagnostic> diagnostics, List<Suppressed> suppressed) {}

  /** As {@link #settle}, keeping what the file's inline suppressions hid. */
  public Outcome settleKeepingSuppressed(CheckedFile file, ValidationOptions options, List<Diagnostic> own,
      List<Diagnostic> acrossFiles) {
    List<Diagnostic> found = new ArrayList<>(own);
    List<Suppressed> suppressed = new ArrayList<>();
    RuleContext ctx = new RuleContext(file, options, found);
    acrossFiles.stream().filter(d -> ids.contains(d.ruleId())).forEach(found::add);
    if (options.inlineSuppressions()) {
      applySuppressions(file, ctx, found, suppressed);
    }
    found.sort(Diagnostic.ORDER);
    return new Outcome(List.copyOf(found), List.copyOf(suppressed));
  }

  private void applySuppressions(CheckedFile file, RuleContext ctx, List<Diagnostic> found, List<Suppressed> suppressed) {
    List<Suppressions.Directive> directives = Suppressions.parse(file.source());
    // By identity: each directive is its own comment (and a record's hashCode would bootstrap at run time).
    Map<Suppressions.Directive, Set<String>> used = new IdentityHashMap<>();
    found.removeIf(d -> {
      for (Suppressions.Directive directive : directives) {
        if ((directive.fileWide() || directive.coveredLine() == d.range().start().line())
            && directive.rules().stream().anyMatch(r -> names(d.ruleId()).contains(r))) {
          used.computeIfAbsent(directive, k -> new HashSet<>()).addAll(
              directive.rules().stream().filter(r -> names(d.ruleId()).contains(r)).toList());
          suppressed.add(new Suppressed(d, Suppressed.Kind.IN_SOURCE, directive.reason()));
          return true;
        }
      }
      return false;
    });
    leaveInactiveRulesAlone(directives, used);
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) instanceof DirectiveRule directiveRule) {
        run(infos.get(i), ctx, found, () -> directiveRule.checkDirectives(ctx, directives, used));
      }
    }
  }

  /**
   * A suppression of a rule that did not run (turned off, not selected, skipped for the path)
   * cannot be judged unused: it counts as used, so AY010 leaves it alone.
   */
  private void leaveInactiveRulesAlone(List<Suppressions.Directive> directives, Map<Suppressions.Directive, Set<String>> used) {
    for (Suppressions.Directive directive : directives) {
      for (String named : directive.rules()) {
        Optional<String> id = RuleRegistry.byId(named).map(r -> r.info().id());
        if (id.isPresent() && !ids.contains(id.get())) {
          used.computeIfAbsent(directive, k -> new HashSet<>()).add(named);
        }
      }
    }
  }

  /**
   * Runs the cross-file rules over a run's files, once per {@link App} that {@code grouping} makes
   * of them. Files that did not load, or whose content is plainly another kind than their name
   * says, take no part; {@code reader} reads neighbours from disk for rules that ask for them.
   */
  public List<Diagnostic> checkRun(List<CheckedFile> files, ValidationOptions options,
      Function<Path, Optional<CheckedFile>> reader, AppGrouping grouping) {
    List<Diagnostic> found = new ArrayList<>();
    for (App app : grouping.group(judged(files, options))) {
      List<CheckedFile> given = app.given();
      RunContext ctx = new RunContext(given, judged(app.context(), options), options, reader, found);
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i) instanceof CrossFileRule crossFile) {
          RuleInfo info = infos.get(i);
          ctx.runAs(info);
          try {
            crossFile.check(ctx);
          } catch (RuntimeException | StackOverflowError e) {
            found.add(internalError(given.isEmpty() ? "<run>" : given.get(0).source().displayPath(), info, e));
          }
        }
      }
    }
    found.sort(Diagnostic.ORDER);
    return List.copyOf(found);
  }

  /** Runs the cross-file rules over the given files alone, as one app, reading nothing from disk but neighbours. */
  public List<Diagnostic> checkRun(List<CheckedFile> files, ValidationOptions options,
      Function<Path, Optional<CheckedFile>> reader) {
    return checkRun(files, options, reader, new AppGrouping(AppLayout.NONE, reader));
  }

  private static List<CheckedFile> judged(List<CheckedFile> files, ValidationOptions options) {
    return files.stream().filter(f -> !f.document().failed() && ContentKind.of(f, options).isEmpty()).toList();
  }

  /** Rules about the YAML itself, which judge a file whatever its content is meant to be. */
  private static boolean appliesToEveryKind(Rule rule) {
    return Arrays.stream(FileKind.values()).allMatch(rule::appliesTo);
  }

  /** The ways a suppression may name a rule: its id and its name. */
  private static Set<String> names(String ruleId) {
    return RuleRegistry.byId(ruleId).map(r -> Set.of(r.info().id(), r.info().name())).orElse(Set.of(ruleId));
  }

  private static void run(RuleInfo info, RuleContext ctx, List<Diagnostic> found, Runnable check) {
    ctx.runAs(info);
    try {
      check.run();
    } catch (RuntimeException | StackOverflowError e) {
      found.add(internalError(ctx.file().source().displayPath(), info, e));
    }
  }

  private static Diagnostic internalError(String file, RuleInfo info, Throwable e) {
    return new Diagnostic(file, Range.point(Position.START), INTERNAL_ERROR_ID, Severity.ERROR,
        "internal error in rule " + info.id() + " (" + info.name() + "): " + e
            + "; please report this with the file that caused it",
        Optional.empty());
  }
}
