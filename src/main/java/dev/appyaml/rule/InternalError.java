package dev.appyaml.rule;

/** Metadata for findings that say appyaml itself failed on a file; never registered as a rule. */
@RuleInfo(id = Engine.INTERNAL_ERROR_ID, name = "internal-error", severity = Severity.ERROR,
    summary = "appyaml failed while checking the file; the finding names the rule that failed")
public final class InternalError {
  private InternalError() {}
}
