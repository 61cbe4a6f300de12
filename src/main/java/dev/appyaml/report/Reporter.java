package dev.appyaml.report;

import java.io.PrintWriter;

/** Renders a report in one format. Reporters see only findings and rule metadata. */
public interface Reporter {

  void write(Report report, PrintWriter out);

  static Reporter of(OutputFormat format, Palette palette) {
    return switch (format) {
      case TEXT -> new TextReporter(palette);
      case GNU -> new GnuReporter();
      case SARIF -> new SarifReporter();
    };
  }
}
