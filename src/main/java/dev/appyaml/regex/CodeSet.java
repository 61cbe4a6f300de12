package dev.appyaml.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code \d \w \s} for the engines: as the Unicode categories they are made of
 * ({@link #members}), and where no category list can say it ({@code \W} inside a class, which RE2
 * cannot nest) as a set of code points spelled out range by range, built from Java's Unicode tables.
 */
final class CodeSet {
  static final int MAX = Character.MAX_CODE_POINT;

  /** lo0, hi0, lo1, hi1, ... */
  private final int[] ranges;

  private CodeSet(int[] ranges) {
    this.ranges = ranges;
  }

  static CodeSet range(int lo, int hi) {
    return new CodeSet(new int[] {lo, hi});
  }

  /** Python's set for a category escape ({@code d D s S w W}), ASCII-only under the {@code a} flag. */
  static CodeSet category(char escape, boolean ascii) {
    CodeSet base = switch (Character.toLowerCase(escape)) {
      case 'd' -> ascii ? range('0', '9') : Unicode.DIGIT;
      case 'w' -> ascii ? Ascii.WORD : Unicode.WORD;
      default -> ascii ? Ascii.SPACE : Ascii.UNICODE_SPACE;
    };
    return Character.isUpperCase(escape) ? base.complement() : base;
  }

  /** Python's word character for str patterns: {@code _}, or a letter or number ({@code str.isalnum()}). */
  static boolean isUnicodeWord(int cp) {
    return cp == '_' || isLetterOrNumber(Character.getType(cp));
  }

  private static boolean isLetterOrNumber(int type) {
    return switch (type) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
           Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
           Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * A category escape as class members both engines read, naming the Unicode categories Python's
   * sets are made of ({@code \p{Nd}}; {@code \p{L}\p{N}_}); empty for {@code \W} beyond ASCII,
   * which no member list can say without spelling out the set.
   */
  static java.util.Optional<String> members(char escape, boolean ascii) {
    return java.util.Optional.ofNullable(switch (escape) {
      case 'd' -> ascii ? "0-9" : "\\p{Nd}";
      case 'D' -> ascii ? category('D', true).classBody() : "\\P{Nd}";
      case 'w' -> ascii ? "0-9A-Z\\x{5f}a-z" : "\\p{L}\\p{N}\\x{5f}";
      case 'W' -> ascii ? category('W', true).classBody() : null;
      default -> category(escape, ascii).classBody();
    });
  }

  static CodeSet union(List<CodeSet> sets) {
    int count = sets.stream().mapToInt(s -> s.ranges.length / 2).sum();
    int[][] all = new int[count][];
    int k = 0;
    for (CodeSet s : sets) {
      for (int i = 0; i < s.ranges.length; i += 2) {
        all[k++] = new int[] {s.ranges[i], s.ranges[i + 1]};
      }
    }
    Arrays.sort(all, (a, b) -> Integer.compare(a[0], b[0]));
    Builder b = new Builder();
    for (int[] r : all) {
      b.add(r[0], r[1]);
    }
    return b.build();
  }

  CodeSet complement() {
    Builder b = new Builder();
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > next) {
        b.add(next, ranges[i] - 1);
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= MAX) {
      b.add(next, MAX);
    }
    return b.build();
  }

  /** The set as a class body both RE2 and java.util.regex read literally (no nested class, no {@code &&}). */
  String classBody() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ranges.length; i += 2) {
      b.append(literal(ranges[i]));
      if (ranges[i + 1] != ranges[i]) {
        b.append('-').append(literal(ranges[i + 1]));
      }
    }
    return b.toString();
  }

  /** A code point as both engines read it literally, in or out of a class. */
  static String literal(int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      return String.valueOf((char) cp);
    }
    return "\\x{" + Integer.toHexString(cp) + "}";
  }

  /** Collects ranges given in order of their start, merging overlapping and adjacent ones. */
  private static final class Builder {
    private final List<int[]> out = new ArrayList<>();

    void add(int lo, int hi) {
      if (!out.isEmpty() && lo <= out.get(out.size() - 1)[1] + 1) {
        int[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], hi);
      } else {
        out.add(new int[] {lo, hi});
      }
    }

    CodeSet build() {
      int[] r = new int[out.size() * 2];
      for (int i = 0; i < out.size(); i++) {
        r[2 * i] = out.get(i)[0];
        r[2 * i + 1] = out.get(i)[1];
      }
      return new CodeSet(r);
    }
  }

  /** Small sets, built with the class. */
  private static final class Ascii {
    static final CodeSet WORD = union(List.of(range('0', '9'), range('A', 'Z'), range('_', '_'), range('a', 'z')));
    static final CodeSet SPACE = union(List.of(range('\t', '\r'), range(' ', ' ')));
    /** Python's {@code str.isspace()}, short enough to spell out. */
    static final CodeSet UNICODE_SPACE = union(List.of(range('\t', '\r'), range(0x1c, 0x20), range(0x85, 0x85),
        range(0xa0, 0xa0), range(0x1680, 0x1680), range(0x2000, 0x200a), range(0x2028, 0x2029),
        range(0x202f, 0x202f), range(0x205f, 0x205f), range(0x3000, 0x3000)));
  }

  /** Built on first use (only for {@code \W} inside a class): one pass over the code points. */
  private static final class Unicode {
    static final CodeSet DIGIT = of(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
    /** Python's {@code str.isalnum()} or {@code _}: the letter and number categories. */
    static final CodeSet WORD = of(CodeSet::isUnicodeWord);


    private static CodeSet of(java.util.function.IntPredicate member) {
      Builder b = new Builder();
      for (int cp = 0; cp <= MAX; cp++) {
        if (member.test(cp)) {
          b.add(cp, cp);
        }
      }
      return b.build();
    }
  }
}
