package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.io.PrintWriter;

/**
 * For people: each finding with the source line, a caret underline of its span and its fix,
 * then a summary.
 */
final class TextReporter implements Reporter {

  private final Palette palette;

  TextReporter(Palette palette) {
    this.palette = palette;
  }

  @Override
  public void write(Report report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      out.print(palette.location(d.file() + ":" + d.range().start().line() + ":" + d.range().start().column() + ":")
          + " " + palette.severity(d.severity(), d.severity().label() + "[" + d.ruleId() + "]")
          + " " + d.message() + "\n");
      report.source(d.file()).ifPresent(source -> excerpt(source, d.range(), out));
      d.fix().ifPresent(fix -> out.print(gutter(d.range().start().line()) + palette.dim("= ")
          + palette.emphasis("fix") + palette.dim(": ") + fix.title() + "\n"));
    }
    out.print(summary(report) + "\n");
  }

  private void excerpt(SourceFile source, Range range, PrintWriter out) {
    int lineNumber = range.start().line();
    String line = source.line(lineNumber);
    if (line.isEmpty() && range.start().column() == 1 && range.start().equals(range.end())) {
      return;
    }
    String number = Integer.toString(lineNumber);
    out.print(palette.dim(number + " | ") + expandTabs(line) + "\n");
    int lineLength = line.codePointCount(0, line.length());
    int from = range.start().column();
    int to = range.end().line() == lineNumber ? range.end().column() : lineLength + 1;
    int width = Math.max(1, to - from);
    String pad = expandTabs(prefix(line, from - 1)).replaceAll("[^ ]", " ");
    out.print(gutter(lineNumber) + pad + palette.emphasis("^".repeat(width)) + "\n");
  }

  private static String prefix(String line, int codePoints) {
    int available = line.codePointCount(0, line.length());
    int end = line.offsetByCodePoints(0, Math.min(codePoints, available));
    return line.substring(0, end);
  }

  private static String expandTabs(String s) {
    return s.replace("\t", "    ");
  }

  private String gutter(int lineNumber) {
    return palette.dim(" ".repeat(Integer.toString(lineNumber).length()) + " | ");
  }

  static String summary(Report report) {
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    int files = report.files().size();
    if (errors + warnings + infos == 0) {
      return "no problems found in " + plural(files, "file");
    }
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "note")
        + " in " + plural(files, "file");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
