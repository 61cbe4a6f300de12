package dev.appyaml.rule;

/** A check. Rules report through the context and never print. */
public interface Rule {

  void check(RuleContext ctx);

  /** The file kinds this rule judges. */
  default boolean appliesTo(FileKind kind) {
    return kind == FileKind.APP;
  }

  /** Whether the rule needs a root mapping; rules about the YAML itself do not. */
  default boolean needsRootMapping() {
    return true;
  }

  /** Whether the rule also runs when the file could not be loaded (it reports that). */
  default boolean runsOnUnloadableInput() {
    return false;
  }

  default RuleInfo info() {
    return Rules.info(getClass());
  }
}
