package dev.appyaml.regex;

/**
 * Where an engine reads a translated pattern differently from Python's {@code re}, and the texts
 * on which that can change the answer.
 *
 * @param difference one short clause for a finding, e.g. "`\b` here treats only ASCII letters and
 *                   digits as word characters, Python's re any letter or digit"
 * @param when       the texts for which the difference can matter
 */
record Divergence(String difference, Condition when) {

  // Written out: a record's own equals and hashCode bootstrap through ObjectMethods at first use,
  // which no start-up cache holds (docs/performance.md).
  @Override
  public boolean equals(Object o) {
    return o instanceof Divergence d && d.difference.equals(difference) && d.when == when;
  }

  @Override
  public int hashCode() {
    return 31 * difference.hashCode() + when.hashCode();
  }

  /** A property of a text that makes a divergence matter. */
  enum Condition {
    /** A letter or digit beyond ASCII, which Python's {@code \b} counts as a word character. */
    NON_ASCII_WORD_CHARACTER {
      @Override
      boolean holds(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x80 && CodeSet.isUnicodeWord(cp));
      }
    },
    /** A letter beyond ASCII, which case-insensitive matching may fold. */
    NON_ASCII_LETTER {
      @Override
      boolean holds(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x80 && Character.isLetter(cp));
      }
    },
    /** A text ending in a newline, before which Python's {@code $} also matches. */
    FINAL_NEWLINE {
      @Override
      boolean holds(String text) {
        return text.endsWith("\n");
      }
    },
    /** A character Java's Unicode tables do not know yet, which Python's (newer ones) may count as a letter or digit. */
    UNASSIGNED_HERE {
      @Override
      boolean holds(String text) {
        return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.UNASSIGNED);
      }
    },
    /** The empty text, where Python's {@code \B} does not match. */
    EMPTY {
      @Override
      boolean holds(String text) {
        return text.isEmpty();
      }
    };

    abstract boolean holds(String text);
  }
}
