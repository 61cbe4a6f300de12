package dev.appyaml.runtime;

import dev.appyaml.text.Order;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for standard runtime ids. Only generally available runtimes are suggested.
 * The input is read as a language word followed by version numbers in any notation
 * ({@code python3.12}, {@code nodejs20.x}, {@code go1.22.3}, {@code Python-3.12}); a misspelt
 * language word is corrected by edit distance.
 */
final class StandardSuggester {

  private static final Pattern WORD_THEN_REST = Pattern.compile("([a-z]+)(.*)", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Language word ("python") to its generally available runtimes, newest first. */
  private final Map<String, List<String>> families;

  StandardSuggester(List<Runtime> runtimes) {
    Map<String, List<String>> byWord = new LinkedHashMap<>();
    for (Runtime runtime : runtimes) {
      if (runtime.status() == Runtime.Status.GA) {
        String word = word(runtime.id());
        version(runtime.id(), word);
        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(runtime.id());
      }
    }
    byWord.replaceAll((word, ids) -> ids.stream().sorted(newestFirst(word)).toList());
    this.families = Map.copyOf(byWord);
  }

  /** Runtime ids are at most 30 characters; nothing much longer is a misspelt one (and it keeps this linear). */
  private static final int MAX_INPUT = 64;

  Optional<String> suggest(String input) {
    return suggest(input, id -> true);
  }

  /** As {@link #suggest(String)}, naming only the runtimes {@code offered} accepts (those that existed on a day). */
  Optional<String> suggest(String input, Predicate<String> offered) {
    Objects.requireNonNull(input, "input");
    if (input.length() > MAX_INPUT) {
      return Optional.empty();
    }
    Matcher m = WORD_THEN_REST.matcher(input.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> numbers = NUMBER.matcher(m.group(2)).results().map(MatchResult::group).toList();
    return nearestWord(m.group(1))
        .flatMap(word -> inFamily(families.get(word).stream().filter(offered).toList(), word, numbers))
        .filter(suggestion -> !suggestion.equals(input));
  }

  private static Optional<String> inFamily(List<String> family, String word, List<String> numbers) {
    if (family.isEmpty()) {
      return Optional.empty();
    }
    if (numbers.isEmpty()) {
      return Optional.of(family.get(0));
    }
    // go1.22.3 -> go1223, go122 (found); nodejs20.11 -> nodejs2011, nodejs20 (found)
    for (int k = numbers.size(); k >= 1; k--) {
      String id = word + String.join("", numbers.subList(0, k));
      if (family.contains(id)) {
        return Optional.of(id);
      }
    }
    // a bare one-digit major version: python3 -> newest python3x, php8 -> newest php8x
    if (numbers.size() == 1 && numbers.get(0).length() == 1) {
      String start = word + numbers.get(0);
      return family.stream().filter(id -> id.startsWith(start)).findFirst();
    }
    return Optional.empty();
  }

  /** The known language word, or the one closest by edit distance if it is unambiguously close. */
  private Optional<String> nearestWord(String word) {
    if (families.containsKey(word)) {
      return Optional.of(word);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String known : families.keySet()) {
      int distance = editDistance(word, known);
      int allowed = Math.max(word.length(), known.length()) >= 5 ? 2 : 1;
      if (distance > allowed) {
        continue;
      }
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private static String word(String id) {
    Matcher m = WORD_THEN_REST.matcher(id);
    return m.matches() ? m.group(1) : id;
  }

  private static Comparator<String> newestFirst(String word) {
    return Order.byInt((String id) -> version(id, word)).descending();
  }

  /** python314 -> 314, so python314 is newer than python39. */
  private static int version(String id, String word) {
    String digits = id.substring(word.length());
    if (!NUMBER.matcher(digits).matches()) {
      throw new IllegalArgumentException("runtime '" + id + "' has status ga but is not letters followed by digits");
    }
    return Integer.parseInt(digits);
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
