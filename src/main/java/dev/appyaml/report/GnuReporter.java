package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import java.io.PrintWriter;

/**
 * One line per finding, {@code file:line:col: severity: message [ID]}, the GNU convention that
 * IDE output filters and editors understand.
 */
final class GnuReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      out.print(Printable.of(d.file()) + ":" + d.range().start().line() + ":" + d.range().start().column() + ": "
          + d.severity().label() + ": " + d.message() + " [" + d.ruleId() + "]\n");
    }
  }
}
