package dev.appyaml.cron;

/**
 * One token of a schedule. {@code value} holds the ordinal (1-5), weekday (ISO 1-7), month (1-12),
 * number, or time as minutes after midnight; it is 0 for other kinds.
 */
record Token(Kind kind, int offset, String text, int value) {

  enum Kind {
    EVERY,
    SYNCHRONIZED,
    FROM,
    TO,
    OF,
    COMMA,
    DAY,
    MONTH,
    QUARTER,
    HOURS,
    MINUTES,
    ORDINAL,
    WEEKDAY,
    MONTH_NAME,
    NUMBER,
    /** A valid 24-hour time. */
    TIME,
    /** Digits, a colon and digits that are not a valid time, such as {@code 24:00}. */
    BAD_TIME,
    /** Anything else. */
    UNKNOWN,
    /** End of the schedule (zero length). */
    END
  }

  int length() {
    return text.length();
  }

  int end() {
    return offset + text.length();
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
