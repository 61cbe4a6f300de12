package dev.appyaml.runtime;

import java.time.LocalDate;
import java.util.Map;

/**
 * Whether a standard runtime can have existed on a given day, for suggestions judged by
 * {@code --as-of}. App Engine ends a runtime's support when its language version reaches its
 * upstream end of life, which comes a fixed time after that version's release (Python 5 years,
 * Node.js 3, ...); so no runtime existed before its end of support minus that lifetime. A runtime
 * without an end of support in the schedule is newer than the schedule's others: it counts only
 * from the schedule's date.
 */
public final class RuntimeAvailability {

  /** Years from a language version's release to its upstream end of life. */
  private static final Map<Language, Integer> LIFETIME_YEARS = Map.of(
      Language.PYTHON, 5, Language.NODEJS, 3, Language.GO, 2, Language.JAVA, 8,
      Language.PHP, 4, Language.RUBY, 3);

  private RuntimeAvailability() {}

  public static boolean existedOn(Runtime runtime, LocalDate day, RuntimeCatalog catalog) {
    if (runtime.endOfSupport().isEmpty()) {
      return !day.isBefore(LocalDate.parse(catalog.scheduleDate()));
    }
    Integer years = LIFETIME_YEARS.get(runtime.language());
    return years == null || !day.isBefore(runtime.endOfSupport().get().minusYears(years));
  }
}
