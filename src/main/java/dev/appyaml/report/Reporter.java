package dev.appyaml.report;

import java.io.PrintWriter;

/** Renders a report in one format. Reporters see only findings and rule metadata. */
public interface Reporter {

  void write(Report report, PrintWriter out);

  /** The Markdown job summary that goes with the github format ($GITHUB_STEP_SUMMARY). */
  public static String githubJobSummary(Report report) {
    return GithubReporter.jobSummary(report);
  }

  static Reporter of(OutputFormat format, Palette palette) {
    return switch (format) {
      case TEXT -> new TextReporter(palette);
      case GNU -> new GnuReporter();
      case SARIF -> new SarifReporter();
      case JSON -> new JsonReporter();
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case CHECKSTYLE -> new CheckstyleReporter();
      case GITLAB -> new GitlabReporter();
    };
  }
}
