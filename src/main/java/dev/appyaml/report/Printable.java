package dev.appyaml.report;

/**
 * The one rule for showing text from a user's file (values, keys, paths) in any output: characters
 * that could move a terminal's cursor, retitle it, hide text, reorder it (bidi overrides), break a
 * line-oriented format or make XML invalid are written as visible escapes ({@code \x1b},
 * {@code \r}, {@code \\u202e}). Everything else, including tabs and non-ASCII letters, is kept.
 */
public final class Printable {

  private Printable() {}

  /** True for a character that must not reach a terminal, log or XML file as itself. */
  public static boolean unsafe(int codePoint) {
    return codePoint < 0x20 && codePoint != '\t'
        || codePoint >= 0x7F && codePoint <= 0x9F
        || codePoint == 0x061C
        || codePoint == 0x200E || codePoint == 0x200F
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069
        || codePoint == 0x2028 || codePoint == 0x2029
        || codePoint == 0xFFFE || codePoint == 0xFFFF
        || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /** How an unsafe character is shown; a safe one is returned as itself. */
  public static String escape(int codePoint) {
    if (!unsafe(codePoint)) {
      return Character.toString(codePoint);
    }
    return switch (codePoint) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      default -> codePoint < 0x100 ? String.format("\\x%02x", codePoint) : String.format("\\u%04x", codePoint);
    };
  }

  /** {@code s} with every unsafe character escaped; the same string when there is none. */
  public static String of(String s) {
    if (s.codePoints().noneMatch(Printable::unsafe)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(c -> out.append(escape(c)));
    return out.toString();
  }
}
