package dev.appyaml.rule;

/**
 * A finding that was hidden rather than reported: by a {@code # appyaml: disable=} comment in
 * the file ({@link Kind#IN_SOURCE}) or by something outside it, such as a baseline ({@link
 * Kind#EXTERNAL}). Formats that can show hidden findings (SARIF) emit them with the reason.
 */
public record Suppressed(Diagnostic diagnostic, Kind kind, String justification) {

  public enum Kind {
    IN_SOURCE,
    EXTERNAL
  }
}
