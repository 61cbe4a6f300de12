package dev.appyaml.config;

import java.util.regex.Pattern;

/**
 * Path globs as in .gitignore and the config's ignore list: {@code *} within a path segment,
 * {@code **} across segments, {@code ?}, {@code [...]}. Paths use forward slashes.
 */
public final class Glob {

  private Glob() {}

  public static Pattern toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
          re.append(slashAfter ? "(?:.*/)?" : ".*");
          i += slashAfter ? 2 : 1;
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 1);
        if (close < 0) {
          re.append("\\[");
        } else {
          String body = glob.substring(i + 1, close).replace("\\", "\\\\");
          re.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < glob.length()) {
        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
