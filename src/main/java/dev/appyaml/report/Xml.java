package dev.appyaml.report;

/**
 * Escaping for the XML reporters. Besides markup, a character XML 1.0 forbids (most C0 controls,
 * U+FFFE, U+FFFF, a lone surrogate) is written as its {@link Printable} escape, so the document
 * always parses.
 */
final class Xml {

  private Xml() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> out.append(allowed(c) ? Character.toString(c) : Printable.escape(c));
      }
    });
    return out.toString();
  }

  /** XML 1.0's Char production. */
  private static boolean allowed(int c) {
    return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }
}
