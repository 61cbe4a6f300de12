package dev.appyaml.rule;

import dev.appyaml.source.Range;
import dev.appyaml.text.Order;
import java.util.Comparator;
import java.util.Optional;

/** One finding: where, which rule, how serious, what was found, and how to fix it. */
public record Diagnostic(
    String file, Range range, String ruleId, Severity severity, String message, Optional<Fix> fix) {

  /** Output order everywhere: file, line, column, rule id, then message for determinism. */
  public static final Comparator<Diagnostic> ORDER =
      Order.by(Diagnostic::file)
          .then(Diagnostic::range)
          .then(Diagnostic::ruleId)
          .then(Diagnostic::message);
}
