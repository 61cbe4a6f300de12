package dev.appyaml.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a standard runtime can have existed on a given day, for suggestions judged by
 * {@code --as-of}. App Engine ends a runtime's support when its language version reaches its
 * upstream end of life, which comes a roughly fixed time after that version's release; so no
 * runtime existed before its end of support minus that lifetime. The lifetime per language is the
 * shortest seen in the schedule (its dates against the upstream release dates), so that no
 * runtime counts before its language version was released: Go 1.19, released 2022-08-02 and
 * ending 2024-04-30 (20 months); Node.js 24, released 2025-05-06 and ending 2028-04-30 (under 36);
 * Java 25, released 2025-09-16 and ending 2031-10-31 (about 6 years, where Java 21 has 8). A
 * runtime without an end of support in the schedule is newer than the dated ones of its language:
 * the k-th of them (oldest first; the table lists newest first) counts from the newest dated one's
 * bound plus k release intervals of the language (Go releases twice a year: go125, go126 after
 * go124), or from the schedule's date when the language has no dated runtime.
 */
public final class RuntimeAvailability {

  /** Months from a language version's release to its App Engine end of support, at the shortest. */
  private static final Map<Language, Integer> LIFETIME_MONTHS = Map.of(
      Language.PYTHON, 60, Language.NODEJS, 35, Language.GO, 20, Language.JAVA, 72,
      Language.PHP, 48, Language.RUBY, 36);
  /** Months between the language versions App Engine offers (Node.js: the even majors; Java: the LTS ones). */
  private static final Map<Language, Integer> INTERVAL_MONTHS = Map.of(
      Language.PYTHON, 12, Language.NODEJS, 12, Language.GO, 6, Language.JAVA, 24,
      Language.PHP, 12, Language.RUBY, 12);

  private RuntimeAvailability() {}

  public static boolean existedOn(Runtime runtime, LocalDate day, RuntimeCatalog catalog) {
    Integer months = LIFETIME_MONTHS.get(runtime.language());
    if (months == null) {
      return true;
    }
    if (runtime.endOfSupport().isPresent()) {
      return !day.isBefore(runtime.endOfSupport().get().minusMonths(months));
    }
    List<Runtime> ofLanguage = catalog.standardRuntimes().stream().filter(r -> r.language() == runtime.language()).toList();
    Optional<LocalDate> newestDated = ofLanguage.stream().flatMap(r -> r.endOfSupport().stream()).max(LocalDate::compareTo);
    if (newestDated.isEmpty()) {
      return !day.isBefore(catalog.scheduleDay());
    }
    long stepsAfterNewestDated = ofLanguage.subList(indexOf(runtime, ofLanguage), ofLanguage.size()).stream()
        .filter(r -> r.endOfSupport().isEmpty() && r.status() == Runtime.Status.GA).count();
    LocalDate from = newestDated.get().minusMonths(months)
        .plusMonths(stepsAfterNewestDated * INTERVAL_MONTHS.get(runtime.language()));
    return !day.isBefore(from);
  }

  /** By id: a runtime's record equality compares every field, and bootstraps at run time. */
  private static int indexOf(Runtime runtime, List<Runtime> runtimes) {
    for (int i = 0; i < runtimes.size(); i++) {
      if (runtimes.get(i).id().equals(runtime.id())) {
        return i;
      }
    }
    throw new IllegalArgumentException("not among the runtimes of its language: " + runtime.id());
  }
}
