package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one test suite per
 * file, one failing test case per finding at error level and above, a passing case for a clean
 * file. Warnings and info findings are listed as skipped cases so they are visible without failing.
 */
final class JunitReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.print("<testsuites name=\"appyaml\" tests=\"" + tests(report) + "\" failures=\""
        + report.count(Severity.ERROR) + "\">\n");
    for (SourceFile file : report.files()) {
      List<Diagnostic> findings = report.diagnostics().stream().filter(d -> d.file().equals(file.displayPath())).toList();
      long failures = findings.stream().filter(d -> d.severity() == Severity.ERROR).count();
      out.print("  <testsuite name=\"" + Xml.escape(Printable.of(file.displayPath())) + "\" tests=\"" + Math.max(1, findings.size())
          + "\" failures=\"" + failures + "\" skipped=\"" + (findings.size() - failures) + "\">\n");
      if (findings.isEmpty()) {
        out.print("    <testcase name=\"no problems\" classname=\"" + Xml.escape(Printable.of(file.displayPath())) + "\"/>\n");
      }
      for (Diagnostic d : findings) {
        String where = Printable.of(d.file()) + ":" + d.range().start().line() + ":" + d.range().start().column();
        out.print("    <testcase name=\"" + Xml.escape(d.ruleId() + " " + where) + "\" classname=\""
            + Xml.escape(Printable.of(d.file())) + "\">\n");
        String element = d.severity() == Severity.ERROR ? "failure" : "skipped";
        out.print("      <" + element + " message=\"" + Xml.escape(d.message()) + "\" type=\"" + d.ruleId() + "\">"
            + Xml.escape(where + ": " + d.severity().label() + ": " + d.message()) + "</" + element + ">\n");
        out.print("    </testcase>\n");
      }
      out.print("  </testsuite>\n");
    }
    out.print("</testsuites>\n");
  }

  private static long tests(Report report) {
    return report.files().stream()
        .mapToLong(f -> Math.max(1, report.diagnostics().stream().filter(d -> d.file().equals(f.displayPath())).count()))
        .sum();
  }
}
