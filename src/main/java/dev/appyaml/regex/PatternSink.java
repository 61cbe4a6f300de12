package dev.appyaml.regex;

import java.util.List;

/**
 * Receives a Python pattern's constructs from {@link ReParser} in pattern order, as Python reads
 * them (verbose-mode spaces and comments already dropped), so that the pattern can be rewritten
 * for another engine without a second parser. Called only up to the first error; a caller uses
 * what it built only when the pattern has none.
 */
interface PatternSink {

  /** Kinds of groups, as far as another engine's syntax cares. */
  enum Group { CAPTURE, PLAIN, LOOKAHEAD, NEGATIVE_LOOKAHEAD, LOOKBEHIND, NEGATIVE_LOOKBEHIND, ATOMIC, CONDITIONAL }

  /** One item of a character class: a code-point range, or a category escape ({@code d D s S w W}). */
  record ClassItem(int lo, int hi, char category) {
    static ClassItem range(int lo, int hi) {
      return new ClassItem(lo, hi, '\0');
    }

    static ClassItem category(char c) {
      return new ClassItem(0, 0, c);
    }

    boolean isCategory() {
      return category != '\0';
    }
  }

  PatternSink NONE = new PatternSink() {};

  /** A literal code point (written as itself or as an escape). */
  default void literal(int codePoint) {}

  /** {@code .} */
  default void any() {}

  /** {@code ^ $}, or the letter of {@code \A \Z \b \B}. */
  default void anchor(char which) {}

  /** {@code \d \D \s \S \w \W} outside a class. */
  default void category(char which) {}

  default void characterClass(boolean negated, List<ClassItem> items) {}

  /** A repeat of the last item; {@code max < 0} is unbounded; {@code suffix} is "", "?" or "+". */
  default void repeat(long min, long max, String suffix) {}

  default void open(Group kind) {}

  /** A group of scoped flags, {@code (?add-del:...)}; bits as in {@link ReParser}'s flags. */
  default void openFlags(int add, int del) {}

  default void close() {}

  default void alternate() {}

  default void backReference(int group) {}

  /** {@code (?flags)} at the start of the pattern. */
  default void globalFlags(int add) {}

  /** A construct with no counterpart (a {@code \N{name}} whose code point is unknown here). */
  default void untranslatable() {}
}
