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
      out.print(palette.location(Printable.of(d.file()) + ":" + d.range().start().line() + ":" + d.range().start().column() + ":")
          + " " + palette.severity(d.severity(), d.severity().label() + "[" + d.ruleId() + "]")
          + " " + d.message() + "\n");
      report.source(d.file()).ifPresent(source -> excerpt(source, d.range(), out));
      d.fix().ifPresent(fix -> out.print(gutter(d.range().start().line()) + palette.dim("= ")
          + palette.emphasis("fix") + palette.dim(": ") + fix.title() + "\n"));
    }
    out.print(summary(report) + "\n");
  }

  /**
   * The source line, escaped as {@link Printable} says, and a caret under the finding's span,
   * measured in terminal columns ({@link DisplayWidth}): a wide character takes two carets, a
   * combining mark none, an escape as many as it has characters.
   */
  private void excerpt(SourceFile source, Range range, PrintWriter out) {
    int lineNumber = range.start().line();
    String line = source.line(lineNumber);
    if (line.isEmpty() && range.start().column() == 1 && range.start().equals(range.end())) {
      return;
    }
    int[] codePoints = line.codePoints().toArray();
    StringBuilder shown = new StringBuilder();
    for (int c : codePoints) {
      shown.append(cell(c));
    }
    out.print(palette.dim(lineNumber + " | ") + shown + "\n");
    int from = range.start().column();
    int to = range.end().line() == lineNumber ? range.end().column() : codePoints.length + 1;
    int pad = columns(codePoints, 1, from);
    int width = Math.max(1, columns(codePoints, from, Math.max(from + 1, to)));
    out.print(gutter(lineNumber) + " ".repeat(pad) + palette.emphasis("^".repeat(width)) + "\n");
  }

  /** How one character of the source line is shown. */
  private static String cell(int codePoint) {
    return codePoint == '\t' ? "    " : Printable.escape(codePoint);
  }

  /** Terminal columns taken by the characters in columns [from, to); past the line's end, one each. */
  private static int columns(int[] codePoints, int from, int to) {
    int width = 0;
    for (int column = from; column < to; column++) {
      if (column > codePoints.length) {
        width++;
        continue;
      }
      int c = codePoints[column - 1];
      width += c == '\t' || Printable.unsafe(c) ? cell(c).length() : DisplayWidth.of(c);
    }
    return width;
  }

  private String gutter(int lineNumber) {
    return palette.dim(" ".repeat(Integer.toString(lineNumber).length()) + " | ");
  }

  static String summary(Report report) {
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    int files = report.files().size();
    int unread = report.invocation().problems().size();
    String notRead = plural(unread, "input") + " could not be read";
    if (unread > 0 && files == 0) {
      return "nothing checked: " + notRead;
    }
    if (errors + warnings + infos == 0) {
      return unread > 0 ? notRead + "; " + (files == 1 ? "the other file has" : "the other " + files + " files have")
          + " no problems"
          : "no problems found in " + plural(files, "file");
    }
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info"
        + " in " + plural(files, "file") + (unread > 0 ? "; " + notRead : "");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
