package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Severity;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown inline in pull requests.
 * GitHub displays at most 10 error and 10 warning annotations per step, so when there are more a
 * notice says where the rest are: the job summary (see {@link #jobSummary}).
 */
final class GithubReporter implements Reporter {

  static final int ANNOTATIONS_SHOWN_PER_LEVEL = 10;

  @Override
  public void write(Report report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      String command = switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.print("::" + command
          + " file=" + property(Printable.of(d.file()))
          + ",line=" + d.range().start().line()
          + ",col=" + d.range().start().column()
          + ",endLine=" + d.range().end().line()
          + ",endColumn=" + d.range().end().column()
          + ",title=" + property(d.ruleId() + " " + report.rule(d.ruleId()).map(r -> r.name()).orElse(""))
          + "::" + data(d.message() + d.fix().map(f -> " (fix: " + f.title() + ")").orElse("")) + "\n");
    }
    if (report.count(Severity.ERROR) > ANNOTATIONS_SHOWN_PER_LEVEL
        || report.count(Severity.WARNING) > ANNOTATIONS_SHOWN_PER_LEVEL
        || report.count(Severity.INFO) > ANNOTATIONS_SHOWN_PER_LEVEL) {
      out.print("::notice title=appyaml::" + data(report.diagnostics().size()
          + " findings; GitHub shows only the first " + ANNOTATIONS_SHOWN_PER_LEVEL
          + " of each level inline, the job summary lists them all") + "\n");
    }
  }

  /** Every finding as a Markdown table, for {@code $GITHUB_STEP_SUMMARY}. */
  static String jobSummary(Report report) {
    StringBuilder md = new StringBuilder("### appyaml: " + TextReporter.summary(report) + "\n\n");
    if (report.diagnostics().isEmpty()) {
      return md.toString();
    }
    md.append("| location | severity | rule | message |\n|---|---|---|---|\n");
    for (Diagnostic d : report.diagnostics()) {
      md.append("| `").append(Printable.of(d.file()).replace("`", "'").replace("|", "\\|")).append(':').append(d.range().start().line()).append(':')
          .append(d.range().start().column()).append("` | ").append(d.severity().label()).append(" | ")
          .append(d.ruleId()).append(" | ").append(d.message().replace("|", "\\|")).append(" |\n");
    }
    return md.append('\n').toString();
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
