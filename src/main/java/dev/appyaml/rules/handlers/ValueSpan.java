package dev.appyaml.rules.handlers;

import dev.appyaml.rule.RuleContext;
import dev.appyaml.source.Located;
import dev.appyaml.source.Position;
import dev.appyaml.source.Range;

/** The range of some characters inside a scalar value, where the file lets us tell it exactly. */
final class ValueSpan {

  private ValueSpan() {}

  /**
   * The range of {@code length} chars at {@code offset} (UTF-16 offsets into the value's text). That
   * is exact when the value is written on one line exactly as it reads: plain, or quoted without
   * escapes. Otherwise (escapes, folded lines) it is the whole value.
   */
  static Range of(RuleContext ctx, Located<String> value, int offset, int length) {
    Range whole = value.range();
    String text = value.value();
    int lineNumber = whole.start().line();
    if (lineNumber != whole.end().line() || offset < 0 || length < 0 || offset + length > text.length()) {
      return whole;
    }
    String line = ctx.file().source().line(lineNumber);
    int from = charIndex(line, whole.start().column() - 1);
    int to = charIndex(line, whole.end().column() - 1);
    if (from < 0 || to < from) {
      return whole;
    }
    String written = line.substring(from, to);
    int quote;
    if (written.equals(text)) {
      quote = 0;
    } else if (written.length() == text.length() + 2 && (written.startsWith("\"") || written.startsWith("'"))
        && written.charAt(written.length() - 1) == written.charAt(0)
        && written.substring(1, written.length() - 1).equals(text)) {
      quote = 1;
    } else {
      return whole;
    }
    int start = whole.start().column() + quote + text.codePointCount(0, offset);
    int end = start + text.codePointCount(offset, offset + length);
    return new Range(new Position(lineNumber, start), new Position(lineNumber, end));
  }

  /** The char index of a code-point column (0-based) in the line, or -1 past its end. */
  private static int charIndex(String line, int codePoints) {
    try {
      return line.offsetByCodePoints(0, codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }
}
