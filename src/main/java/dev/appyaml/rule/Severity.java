package dev.appyaml.rule;

import java.util.Locale;

/** How serious a finding is; only {@link #ERROR} fails a run by default. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
