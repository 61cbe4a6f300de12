package dev.appyaml.cron;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" suggestions: known misspellings first, then the closest word by edit distance. */
final class Suggest {

  /** Common non-words and the token they stand for. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("hour", "hours"),
          Map.entry("hr", "hours"),
          Map.entry("hrs", "hours"),
          Map.entry("h", "hours"),
          Map.entry("minute", "minutes"),
          Map.entry("min", "mins"),
          Map.entry("m", "minutes"),
          Map.entry("tues", "tue"),
          Map.entry("thur", "thu"),
          Map.entry("thurs", "thu"),
          Map.entry("weds", "wed"),
          Map.entry("sept", "sep"),
          Map.entry("at", "of"),
          Map.entry("in", "of"),
          Map.entry("on", "of"),
          Map.entry("until", "to"),
          Map.entry("till", "to"));

  /** Words longer than this are not compared (no tz or keyword is that long). */
  private static final int MAX_COMPARED = 40;

  private Suggest() {}

  /**
   * The candidate {@code word} most likely stands for: an alias, else the closest candidate within
   * edit distance 1 (words of up to 6 chars) or 2 (longer words), comparing case-insensitively.
   */
  static Optional<String> closest(String word, List<String> candidates) {
    String alias = ALIASES.get(word);
    if (alias != null && candidates.contains(alias)) {
      return Optional.of(alias);
    }
    if (word.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    int limit = word.length() <= 6 ? 1 : 2;
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Levenshtein distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it is
   * known to exceed {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
