package dev.appyaml.report;

import java.util.Locale;

/** The output formats, each rendered by one reporter. */
public enum OutputFormat {
  TEXT,
  GNU,
  SARIF,
  JSON,
  GITHUB,
  JUNIT,
  CHECKSTYLE,
  GITLAB;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
