package dev.appyaml.runtime;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a standard runtime can have existed on a given day, for suggestions judged by
 * {@code --as-of}. App Engine ends a runtime's support when its language version reaches its
 * upstream end of life, which comes a fixed time after that version's release (Python 5 years,
 * Node.js 3, ...); so no runtime existed before its end of support minus that lifetime. A runtime
 * without an end of support in the schedule is newer than the dated ones of its language: it
 * counts from the newest dated one's bound (from the schedule's date when there is none).
 */
public final class RuntimeAvailability {

  /** Years from a language version's release to its upstream end of life. */
  private static final Map<Language, Integer> LIFETIME_YEARS = Map.of(
      Language.PYTHON, 5, Language.NODEJS, 3, Language.GO, 2, Language.JAVA, 8,
      Language.PHP, 4, Language.RUBY, 3);

  private RuntimeAvailability() {}

  public static boolean existedOn(Runtime runtime, LocalDate day, RuntimeCatalog catalog) {
    Integer years = LIFETIME_YEARS.get(runtime.language());
    if (years == null) {
      return true;
    }
    Optional<LocalDate> endOfSupport = runtime.endOfSupport().or(() -> catalog.standardRuntimes().stream()
        .filter(r -> r.language() == runtime.language() && r.endOfSupport().isPresent())
        .map(r -> r.endOfSupport().get()).max(LocalDate::compareTo));
    LocalDate from = endOfSupport.map(d -> d.minusYears(years)).orElse(LocalDate.parse(catalog.scheduleDate()));
    return !day.isBefore(from);
  }
}
