package dev.appyaml.yaml;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.util.Optional;

/**
 * Maps a stretch of a scalar's value back to where it was written, so that a finding can point
 * at one word inside a value ({@code blursday} in {@code schedule: every fortnight on blursday}).
 * Works for single-line plain, single-quoted and double-quoted scalars; for anything else
 * (block scalars, folded lines) there is no exact answer and the caller keeps the whole range.
 */
public final class ScalarSpans {

  private ScalarSpans() {}

  /**
   * The source range of {@code length} chars of {@code scalar.text()} from {@code offset} (both in
   * UTF-16 chars, as {@link String} indexes), or empty when it cannot be told exactly.
   */
  public static Optional<Range> of(SourceFile source, ScalarNode scalar, int offset, int length) {
    Range range = scalar.range();
    String text = scalar.text();
    if (range.start().line() != range.end().line() || offset < 0 || length < 0 || offset + length > text.length()) {
      return Optional.empty();
    }
    String line = source.line(range.start().line());
    int from = charIndex(line, range.start().column() - 1);
    int to = charIndex(line, range.end().column() - 1);
    if (from < 0 || to < 0 || to > line.length() || from >= to) {
      return Optional.empty();
    }
    String raw = line.substring(from, to);
    int[] starts = switch (raw.charAt(0)) {
      case '\'' -> singleQuoted(raw);
      case '"' -> doubleQuoted(raw);
      case '|', '>' -> null;
      default -> raw.equals(text) ? plain(raw) : null;
    };
    if (starts == null || starts.length != text.length() + 1) {
      return Optional.empty();
    }
    int startChar = from + starts[offset];
    int endChar = from + starts[offset + length];
    int lineNumber = range.start().line();
    return Optional.of(new Range(
        new Position(lineNumber, line.codePointCount(0, startChar) + 1),
        new Position(lineNumber, line.codePointCount(0, endChar) + 1)));
  }

  /** The char index of a 0-based code point column, or -1 past the end. */
  private static int charIndex(String line, int codePoints) {
    if (codePoints > line.codePointCount(0, line.length())) {
      return -1;
    }
    return line.offsetByCodePoints(0, codePoints);
  }

  /** Where each char of a plain scalar starts in the raw text; one extra entry for the end. */
  private static int[] plain(String raw) {
    int[] starts = new int[raw.length() + 1];
    for (int i = 0; i <= raw.length(); i++) {
      starts[i] = i;
    }
    return starts;
  }

  private static int[] singleQuoted(String raw) {
    if (raw.length() < 2 || raw.charAt(raw.length() - 1) != '\'') {
      return null;
    }
    IntList out = new IntList(raw.length());
    int i = 1;
    int end = raw.length() - 1;
    while (i < end) {
      out.add(i);
      i += raw.charAt(i) == '\'' && i + 1 < end && raw.charAt(i + 1) == '\'' ? 2 : 1;
    }
    out.add(end);
    return out.toArray();
  }

  private static int[] doubleQuoted(String raw) {
    if (raw.length() < 2 || raw.charAt(raw.length() - 1) != '"') {
      return null;
    }
    IntList out = new IntList(raw.length());
    int i = 1;
    int end = raw.length() - 1;
    while (i < end) {
      if (raw.charAt(i) != '\\') {
        out.add(i);
        i++;
        continue;
      }
      if (i + 1 >= end) {
        return null;
      }
      char escape = raw.charAt(i + 1);
      int width = switch (escape) {
        case 'x' -> 4;
        case 'u' -> 6;
        case 'U' -> 10;
        default -> 2;
      };
      if (escape == 'U' && i + width <= end) {
        int codePoint = Integer.parseInt(raw.substring(i + 2, i + width), 16);
        for (int k = 0; k < Character.charCount(codePoint); k++) {
          out.add(i);
        }
      } else {
        out.add(i);
      }
      i += width;
    }
    if (i != end) {
      return null;
    }
    out.add(end);
    return out.toArray();
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
      values = new int[capacity + 2];
    }

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2 + 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
