package dev.appyaml.cron;

import java.util.Objects;

/**
 * The first problem found in a schedule string.
 *
 * <p>{@code offset} and {@code length} count UTF-16 chars of the parsed text and cover the offending
 * word. When something is missing at the end of the schedule, the range covers the last word that
 * is present (for an empty or blank schedule: the whole text, possibly of length zero). The message
 * is lower case without a trailing period and says what was found, then what was expected.
 */
public record ParseError(int offset, int length, String message) implements ParseResult {
  public ParseError {
    Objects.requireNonNull(message, "message");
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative");
    }
  }
}
