package dev.appyaml.yaml;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAML 1.1 implicit typing of plain scalars, as PyYAML's SafeLoader does it (Google's loader is
 * built on it): {@code yes}/{@code off} are booleans, {@code 1.10} is the float 1.1, {@code 010}
 * is octal 8, {@code 1:30} is the sexagesimal 90, and {@code 2024-01-30} is a timestamp.
 */
final class Yaml11 {

  private static final Set<String> TRUE =
      Set.of("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  /** The length of the longest of these words: a longer scalar need not be looked up. */
  private static final int LONGEST_WORD = java.util.stream.Stream.of(TRUE, FALSE, NULL)
      .flatMap(Set::stream).mapToInt(String::length).max().orElseThrow();

  private static final Pattern INT =
      Pattern.compile(
          "[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
              + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

  private Yaml11() {}

  /** Types a plain (unquoted, untagged) scalar. */
  static Typed resolvePlain(String text) {
    if (text.length() <= LONGEST_WORD) {
      if (NULL.contains(text)) {
        return new Typed(ScalarType.NULL, null);
      }
      if (TRUE.contains(text)) {
        return new Typed(ScalarType.BOOL, Boolean.TRUE);
      }
      if (FALSE.contains(text)) {
        return new Typed(ScalarType.BOOL, Boolean.FALSE);
      }
    }
    if (!mayBeNumberOrTimestamp(text)) {
      return new Typed(ScalarType.STRING, text);
    }
    if (INT.matcher(text).matches() || Sexagesimal.isInt(text)) {
      return parseInt(text).map(v -> new Typed(ScalarType.INT, v)).orElse(new Typed(ScalarType.STRING, text));
    }
    if (FLOAT.matcher(text).matches() || Sexagesimal.isFloat(text)) {
      return new Typed(ScalarType.FLOAT, parseFloat(text));
    }
    if (TIMESTAMP.matcher(text).matches()) {
      return new Typed(ScalarType.TIMESTAMP, text);
    }
    return new Typed(ScalarType.STRING, text);
  }

  /**
   * Whether the first character allows an int, float or timestamp; as PyYAML's resolver, which
   * tries each implicit type only for the first characters it can start with.
   */
  private static boolean mayBeNumberOrTimestamp(String text) {
    char first = text.charAt(0);
    return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
  }

  record Typed(ScalarType type, Object value) {}

  /**
   * Longest integer literal converted to a value. Python (Google's loader) refuses to convert
   * more than 4300 decimal digits, and converting a megabyte of digits would take BigInteger
   * seconds; the loader reports a longer one instead of typing it.
   */
  static final int MAX_NUMBER_LENGTH = 4300;

  /** An integer literal too long to convert; see {@link #MAX_NUMBER_LENGTH}. */
  static boolean isOverlongInt(String text) {
    return text.length() > MAX_NUMBER_LENGTH && mayBeNumberOrTimestamp(text)
        && (INT.matcher(text).matches() || Sexagesimal.isInt(text));
  }

  /** The value of an integer literal; empty when PyYAML's int() would fail on it ({@code 0b_}). */
  private static Optional<BigInteger> parseInt(String text) {
    String s = text.replace("_", "");
    int sign = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    int prefix = s.startsWith("0b", sign) || s.startsWith("0x", sign) ? 2 : 0;
    if (s.length() == sign + prefix) { // no digits after the sign and base: int() refuses it
      return Optional.empty();
    }
    boolean negative = s.startsWith("-");
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    BigInteger value;
    if (s.startsWith("0b")) {
      value = new BigInteger(s.substring(2), 2);
    } else if (s.startsWith("0x")) {
      value = new BigInteger(s.substring(2), 16);
    } else if (s.contains(":")) {
      value = BigInteger.ZERO;
      for (String digit : s.split(":")) {
        value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(digit));
      }
    } else if (s.length() > 1 && s.startsWith("0")) {
      value = new BigInteger(s.substring(1), 8);
    } else {
      value = new BigInteger(s);
    }
    return Optional.of(negative ? value.negate() : value);
  }

  private static double parseFloat(String text) {
    String s = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    double sign = 1;
    if (s.startsWith("-")) {
      sign = -1;
      s = s.substring(1);
    } else if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals(".inf")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (s.equals(".nan")) {
      return Double.NaN;
    }
    if (s.contains(":")) {
      double value = 0;
      for (String digit : s.split(":")) {
        value = value * 60 + Double.parseDouble(digit);
      }
      return sign * value;
    }
    return sign * Double.parseDouble(s);
  }
}
