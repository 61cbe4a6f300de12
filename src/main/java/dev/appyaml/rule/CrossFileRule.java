package dev.appyaml.rule;

import java.util.EnumSet;
import java.util.Set;

/**
 * A check that needs every file of a run at once: a dispatch rule that routes to a service no
 * given {@code app.yaml} defines, an {@code apphosting.ENV.yaml} judged merged with its base
 * file. The engine runs it once per run, after the per-file rules; it may also judge single
 * files through {@link Rule#check(RuleContext)}, which by default does nothing.
 */
public interface CrossFileRule extends Rule {

  void check(RunContext ctx);

  @Override
  default void check(RuleContext ctx) {
    // most cross-file rules have nothing to say about one file on its own
  }

  /**
   * The kinds of file this rule reads (and reports into) in a run that holds files of the kinds
   * {@code present}: a run keeps the parsed files of these kinds until the cross-file pass, and
   * lets every other file go as soon as it is checked. By default every kind.
   */
  default Set<FileKind> reads(Set<FileKind> present) {
    return EnumSet.allOf(FileKind.class);
  }

  /** {@code kinds} when the run holds every kind of {@code needed}, else nothing: the rule has no work. */
  static Set<FileKind> readsWhen(Set<FileKind> present, Set<FileKind> needed, FileKind... kinds) {
    return present.containsAll(needed) ? Set.of(kinds) : Set.of();
  }
}
