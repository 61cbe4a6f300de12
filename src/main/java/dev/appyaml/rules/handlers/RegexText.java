package dev.appyaml.rules.handlers;

/** Reading a url pattern's text without compiling it. */
final class RegexText {

  private RegexText() {}

  /** Whether the pattern has a parenthesis that groups: not escaped and not inside [...]. */
  static boolean hasGroup(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ] right after [ or [^ is a literal member of the class.
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        return true;
      }
    }
    return false;
  }
}
