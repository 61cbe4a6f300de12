package dev.appyaml.regex;

/**
 * Walks a pattern's text without compiling it and hands over only its structural characters:
 * those outside escapes ({@code \x}) and character classes ({@code [...]}, where a {@code ]} right
 * after {@code [} or {@code [^} is a member). For quick questions about patterns that may not
 * compile, such as "does it group?" or "where are its top-level alternatives?".
 */
public final class PatternScan {

  /** Receives each structural character and its index. */
  @FunctionalInterface
  public interface Visitor {
    void visit(int index, char c);
  }

  private PatternScan() {}

  public static void structural(String pattern, Visitor visitor) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else {
        visitor.visit(i, c);
      }
    }
  }
}
