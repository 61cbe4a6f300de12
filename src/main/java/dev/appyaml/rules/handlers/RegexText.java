package dev.appyaml.rules.handlers;

import dev.appyaml.regex.PatternScan;

/** Reading a url pattern's text without compiling it. */
final class RegexText {

  private RegexText() {}

  /** Whether the pattern has a parenthesis that groups (capturing or not): not escaped and not inside [...]. */
  static boolean hasGroup(String pattern) {
    boolean[] found = {false};
    PatternScan.structural(pattern, (i, c) -> found[0] |= c == '(');
    return found[0];
  }
}
