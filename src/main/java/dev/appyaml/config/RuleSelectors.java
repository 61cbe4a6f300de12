package dev.appyaml.config;

import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.text.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What {@code --select}, {@code --ignore} and the configuration's {@code select}/{@code ignore}
 * accept for a rule: its id ({@code AY105}), an id prefix ({@code AY3}, every AY3xx rule) or its
 * name ({@code pattern-mismatch}).
 */
public final class RuleSelectors {

  private static final Pattern ID_PREFIX = Pattern.compile("(?i)AY\\d{0,3}");

  private RuleSelectors() {}

  /** Whether a word has the form of an id or id prefix (as opposed to a path glob). */
  public static boolean looksLikeId(String selector) {
    return ID_PREFIX.matcher(selector.strip()).matches();
  }

  /** The ids of the rules a selector names, or why it names none ("no rule X; did you mean Y?"). */
  public static Set<String> ids(String selector) throws IllegalArgumentException {
    String s = selector.strip();
    Set<String> ids = new TreeSet<>();
    if (ID_PREFIX.matcher(s).matches()) {
      String prefix = s.toUpperCase(Locale.ROOT);
      RuleRegistry.all().stream().map(r -> r.info().id()).filter(id -> id.startsWith(prefix)).forEach(ids::add);
    } else {
      RuleRegistry.byId(s).ifPresent(r -> ids.add(r.info().id()));
    }
    if (ids.isEmpty()) {
      List<String> known = RuleRegistry.all().stream().flatMap(r -> java.util.stream.Stream.of(r.info().id(), r.info().name()))
          .toList();
      Optional<String> close = Suggestions.closest(s, known);
      throw new IllegalArgumentException("no rule " + s + close.map(c -> "; did you mean " + c + "?")
          .orElse("; run appyaml rules to list them"));
    }
    return ids;
  }

  /** The rules left after {@code select} (empty: all) and then {@code ignore}. */
  public static List<Rule> apply(Optional<Set<String>> select, Set<String> ignore) {
    return RuleRegistry.all().stream()
        .filter(r -> select.map(s -> s.contains(r.info().id())).orElse(true))
        .filter(r -> !ignore.contains(r.info().id()))
        .toList();
  }
}
