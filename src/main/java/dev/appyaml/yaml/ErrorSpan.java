package dev.appyaml.yaml;

import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.util.Optional;

/**
 * Where a scanner error lies in the text, from the code-point index SnakeYAML gives: the
 * offending character itself, or for an escape in a double-quoted scalar the whole escape
 * sequence as written ({@code \q}, {@code \xZZ}, {@code \UFFFFFFFF}).
 */
final class ErrorSpan {
  /** How far before the reported character an escape's backslash may be ({@code \xZ}: two). */
  private static final int BACKSLASH_REACH = 2;

  private ErrorSpan() {}

  /** The character at {@code codePointIndex}, widened to its escape sequence when the error is about one. */
  static Range at(SourceFile source, int codePointIndex, boolean escape) {
    String text = source.text();
    int at = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    if (escape) {
      for (int back = 0, i = at; back <= BACKSLASH_REACH && i >= 0; back++, i--) {
        if (i < text.length() && text.charAt(i) == '\\') {
          return range(source, i, escapeEnd(text, i));
        }
      }
    }
    if (at >= text.length() || isLineBreak(text.charAt(at))) {
      return range(source, at, at);
    }
    return range(source, at, at + Character.charCount(text.codePointAt(at)));
  }

  /**
   * The first escape after {@code codePointIndex}, inside a double-quoted scalar, whose hex digits
   * are missing, not hex, or name no code point: for errors SnakeYAML throws without a mark.
   */
  static Optional<Range> badEscapeAfter(SourceFile source, int codePointIndex) {
    String text = source.text();
    int from = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    int quote = text.indexOf('"', from);
    if (quote < 0) {
      return Optional.empty();
    }
    for (int i = quote + 1; i < text.length() && text.charAt(i) != '"'; i++) {
      if (text.charAt(i) != '\\') {
        continue;
      }
      int digits = i + 1 < text.length() ? hexDigits(text.charAt(i + 1)) : 0;
      if (digits > 0 && !validHex(text, i + 2, digits)) {
        return Optional.of(range(source, i, escapeEnd(text, i)));
      }
      i++;
    }
    return Optional.empty();
  }

  private static boolean validHex(String text, int from, int digits) {
    if (from + digits > text.length()) {
      return false;
    }
    long value = 0;
    for (int k = from; k < from + digits; k++) {
      int d = Character.digit(text.charAt(k), 16);
      if (d < 0 || text.charAt(k) > 0x7f) {
        return false;
      }
      value = value * 16 + d;
    }
    return value <= Character.MAX_CODE_POINT;
  }

  /** The end of the escape at {@code backslash}: its letter, then its hex digits as far as the scalar goes. */
  private static int escapeEnd(String text, int backslash) {
    int end = Math.min(text.length(), backslash + 2);
    if (end < backslash + 2) {
      return end;
    }
    int digits = hexDigits(text.charAt(backslash + 1));
    while (end < text.length() && end < backslash + 2 + digits && text.charAt(end) != '"'
        && !isLineBreak(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int hexDigits(char letter) {
    return switch (letter) {
      case 'x' -> 2;
      case 'u' -> 4;
      case 'U' -> 8;
      default -> 0;
    };
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static Range range(SourceFile source, int from, int to) {
    String text = source.text();
    return new Range(source.positionOfCodePoint(text.codePointCount(0, from)),
        source.positionOfCodePoint(text.codePointCount(0, to)));
  }
}
