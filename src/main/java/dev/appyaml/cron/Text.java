package dev.appyaml.cron;

import java.time.LocalTime;
import java.util.List;

/** Small text helpers shared by messages and descriptions. */
final class Text {

  /** Longest piece of user text quoted in a message; longer text is cut and ends in "...". */
  static final int MAX_QUOTED = 40;

  private Text() {}

  /** {@code HH:MM}, two-digit hour. */
  static String time(LocalTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  /**
   * User text in single quotes, cut to {@link #MAX_QUOTED} chars (never inside a surrogate pair),
   * with control characters and invisible ones other than a plain space shown as {@code \}{@code uXXXX}.
   */
  static String quote(CharSequence text) {
    int end = Math.min(text.length(), MAX_QUOTED);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 8).append('\'');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || (!Character.isSurrogate(c) && !visible(c))) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < text.length()) {
      out.append("...");
    }
    return out.append('\'').toString();
  }

  private static boolean visible(char c) {
    int type = Character.getType(c);
    return type != Character.UNASSIGNED
        && type != Character.FORMAT
        && (type != Character.SPACE_SEPARATOR || c == ' ')
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.PRIVATE_USE;
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
