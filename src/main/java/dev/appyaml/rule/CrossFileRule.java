package dev.appyaml.rule;

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
}
