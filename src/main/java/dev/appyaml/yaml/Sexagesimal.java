package dev.appyaml.yaml;

/**
 * YAML 1.1's base-60 numbers ({@code 1:30} is 90, {@code 1:30.5} is 90.5), recognised by a
 * linear scan: the equivalent regular expression repeats a group, which java.util.regex matches
 * by recursion and so overflows the stack on a long value such as {@code 1:0:0:…}.
 */
final class Sexagesimal {

  private Sexagesimal() {}

  /** {@code [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+}, PyYAML's sexagesimal int. */
  static boolean isInt(String text) {
    int i = sign(text);
    if (i >= text.length() || text.charAt(i) < '1' || text.charAt(i) > '9') {
      return false;
    }
    return parts(text, head(text, i)) == text.length();
  }

  /** {@code [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*}, PyYAML's sexagesimal float. */
  static boolean isFloat(String text) {
    int i = sign(text);
    if (i >= text.length() || !digit(text.charAt(i))) {
      return false;
    }
    int end = parts(text, head(text, i));
    if (end < 0 || end >= text.length() || text.charAt(end) != '.') {
      return false;
    }
    for (int j = end + 1; j < text.length(); j++) {
      if (!digit(text.charAt(j)) && text.charAt(j) != '_') {
        return false;
      }
    }
    return true;
  }

  private static int sign(String text) {
    return !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
  }

  /** The index after {@code [0-9][0-9_]*} starting at a digit. */
  private static int head(String text, int i) {
    int j = i + 1;
    while (j < text.length() && (digit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j;
  }

  /** The index after one or more {@code :[0-5]?[0-9]} from {@code i}, or -1 if there is none. */
  private static int parts(String text, int i) {
    int count = 0;
    while (i < text.length() && text.charAt(i) == ':') {
      int j = i + 1;
      if (j + 1 < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '5' && digit(text.charAt(j + 1))) {
        j += 2;
      } else if (j < text.length() && digit(text.charAt(j))) {
        j += 1;
      } else {
        break;
      }
      i = j;
      count++;
    }
    return count == 0 ? -1 : i;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
