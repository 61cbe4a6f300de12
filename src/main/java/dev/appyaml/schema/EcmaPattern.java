package dev.appyaml.schema;

import java.util.Optional;

/**
 * A catalog regex written as a JSON Schema {@code pattern} (ECMA-262, which editors compile with
 * the {@code u} flag), but only when the translation means exactly what Google's Python regex
 * means. Python's {@code \d} is any Unicode decimal digit, so it becomes {@code \p{Nd}}; its
 * {@code .} is anything but a line feed, so it becomes {@code [^\n]}; its {@code $} also matches
 * before one final line feed, so the anchored form allows one. Constructs whose meaning differs
 * between the dialects ({@code \w}, {@code \s}, {@code \b}, lookbehind, inline flags, named
 * groups, possessive quantifiers, {@code {,n}}) make the translation empty: the schema then
 * leaves the check to appyaml rather than reject what gcloud accepts.
 */
public final class EcmaPattern {

  private EcmaPattern() {}

  private static final String SYNTAX = "^$\\.*+?()[]{}|/";

  /** The anchored ECMA-262 pattern for a full match of {@code regex}, or empty if not exact. */
  public static Optional<String> fullMatch(String regex) {
    StringBuilder out = new StringBuilder("^(?:");
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (++i == regex.length()) {
          return Optional.empty();
        }
        char e = regex.charAt(i);
        if (e == 'd') {
          out.append("\\p{Nd}");
        } else if (e == 'n' || e == 't') {
          out.append('\\').append(e);
        } else if (Character.isLetterOrDigit(e)) {
          return Optional.empty();
        } else if (SYNTAX.indexOf(e) >= 0 || inClass && e == '-') {
          out.append('\\').append(e);
        } else {
          out.append(e);
        }
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return Optional.empty();
        }
        inClass = c != ']';
        out.append(c);
        continue;
      }
      switch (c) {
        case '[' -> {
          inClass = true;
          out.append(c);
          if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
            out.append('^');
            i++;
          }
          if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
            return Optional.empty();
          }
        }
        case '.' -> out.append("[^\\n]");
        case '$' -> {
          return Optional.empty();
        }
        case '(' -> {
          if (regex.startsWith("(?", i) && !regex.startsWith("(?:", i) && !regex.startsWith("(?!", i)
              && !regex.startsWith("(?=", i)) {
            return Optional.empty();
          }
          out.append(c);
        }
        case '{' -> {
          if (regex.startsWith("{,", i)) {
            return Optional.empty();
          }
          out.append(c);
        }
        case '+', '*', '?', '}' -> {
          if (i + 1 < regex.length() && regex.charAt(i + 1) == '+') {
            return Optional.empty();
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    if (inClass) {
      return Optional.empty();
    }
    String body = out.append(')').toString();
    return Optional.of(body.endsWith("\\n?)") ? body + "$" : body + "\\n?$");
  }
}
