package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.source.SourceFile;
import java.io.PrintWriter;

/** Checkstyle XML, read by many CI and code-review tools (reviewdog, Jenkins warnings-ng). */
final class CheckstyleReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (SourceFile file : report.files()) {
      out.print("  <file name=\"" + Xml.escape(Printable.of(file.displayPath())) + "\">\n");
      for (Diagnostic d : report.diagnostics()) {
        if (!d.file().equals(file.displayPath())) {
          continue;
        }
        String severity = switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "info";
        };
        out.print("    <error line=\"" + d.range().start().line() + "\" column=\"" + d.range().start().column()
            + "\" severity=\"" + severity + "\" message=\"" + Xml.escape(d.message())
            + "\" source=\"appyaml." + d.ruleId() + "\"/>\n");
      }
      out.print("  </file>\n");
    }
    out.print("</checkstyle>\n");
  }
}
