package dev.appyaml.runtime;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The App Engine runtimes appyaml knows (spec §2.3, §2.4), read once from the bundled
 * {@code runtimes.tsv}. Edit that file, not this class, when Google's schedule changes.
 */
public final class RuntimeCatalog {

  private final LocalDate scheduleDay;
  private final List<Runtime> standardRuntimes;
  private final Map<String, Runtime> standardById;
  private final Set<String> flexibleLanguages;
  private final StandardSuggester suggester;

  RuntimeCatalog(LocalDate scheduleDay, List<Runtime> standard, List<String> flexible) {
    this.scheduleDay = Objects.requireNonNull(scheduleDay, "scheduleDay");
    this.standardRuntimes = List.copyOf(standard);
    Map<String, Runtime> byId = new LinkedHashMap<>();
    for (Runtime runtime : standardRuntimes) {
      if (byId.put(runtime.id(), runtime) != null) {
        throw new IllegalArgumentException("standard runtime '" + runtime.id() + "' is listed twice");
      }
    }
    this.standardById = Collections.unmodifiableMap(byId);
    Set<String> flex = new LinkedHashSet<>(flexible);
    if (flex.size() != flexible.size()) {
      throw new IllegalArgumentException("a flexible runtime is listed twice");
    }
    this.flexibleLanguages = Collections.unmodifiableSet(flex);
    this.suggester = new StandardSuggester(standardRuntimes);
  }

  /** The catalog bundled with appyaml, loaded on first use. */
  public static RuntimeCatalog bundled() {
    return Bundled.CATALOG;
  }

  private static final class Bundled {
    static final RuntimeCatalog CATALOG = RuntimeTable.readBundled();
  }

  /** Date of the Google support schedule the data was taken from, {@code yyyy-mm-dd}. */
  public String scheduleDate() {
    return scheduleDay.toString();
  }

  /** The same date as a day. */
  public LocalDate scheduleDay() {
    return scheduleDay;
  }

  /** Standard-environment runtime by exact id; includes preview, known-unsupported and obsolete ids. */
  public Optional<Runtime> standard(String id) {
    return Optional.ofNullable(standardById.get(id));
  }

  /** Every standard runtime, in data-file order. */
  public List<Runtime> standardRuntimes() {
    return standardRuntimes;
  }

  /** Whether {@code id} is a flexible-environment runtime name ({@code python}, {@code aspnetcore}, {@code custom}, ...). */
  public boolean isFlexibleLanguage(String id) {
    return flexibleLanguages.contains(id);
  }

  /** The flexible-environment runtime names, in data-file order. */
  public Set<String> flexibleLanguages() {
    return flexibleLanguages;
  }

  /**
   * A generally available standard runtime id the user probably meant: {@code python3.12} →
   * {@code python312}, {@code Python312} → {@code python312}, {@code nodejs} → the newest
   * Node.js, {@code pyhton312} → {@code python312}. Empty when the id is already a generally
   * available one or nothing fits.
   */
  public Optional<String> suggestStandard(String unknownId) {
    return suggester.suggest(unknownId);
  }

  /** As {@link #suggestStandard(String)}, naming only a runtime that existed on {@code day} ({@link RuntimeAvailability}). */
  public Optional<String> suggestStandard(String unknownId, LocalDate day) {
    return suggester.suggest(unknownId, id -> RuntimeAvailability.existedOn(standardById.get(id), day, this));
  }

  /**
   * For an id the table does not list that is a plausible later release of a listed family
   * ({@code nodejs28} after {@code nodejs26}), the newest id of that family the table has.
   */
  public Optional<String> newestBeforeUnlisted(String id) {
    return standard(id).isPresent() ? Optional.empty() : FamilyVersions.newestBefore(id, standardRuntimes);
  }

  /**
   * For an unlisted version of a listed family ({@code nodejs23}), the nearest generally available
   * id of that family, preferring the one above.
   */
  public Optional<String> nearestOfFamily(String id) {
    return standard(id).isPresent() ? Optional.empty() : FamilyVersions.nearestListed(id, standardRuntimes);
  }

  /** As {@link #nearestOfFamily(String)}, among the runtimes that existed on {@code day}. */
  public Optional<String> nearestOfFamily(String id, LocalDate day) {
    return standard(id).isPresent() ? Optional.empty() : FamilyVersions.nearestListed(id,
        standardRuntimes.stream().filter(r -> RuntimeAvailability.existedOn(r, day, this)).toList());
  }

  /** Where {@code runtime} stands on {@code asOf}; see {@link Lifecycle}. */
  public Lifecycle lifecycle(Runtime runtime, LocalDate asOf) {
    return switch (runtime.status()) {
      case PREVIEW -> new Lifecycle.Preview();
      case KNOWN_UNSUPPORTED -> new Lifecycle.KnownUnsupported();
      case OBSOLETE -> new Lifecycle.Obsolete();
      case GA -> datedPhase(runtime, asOf);
    };
  }

  private static Lifecycle datedPhase(Runtime runtime, LocalDate asOf) {
    if (reached(runtime.decommissioned(), asOf)) {
      return new Lifecycle.Decommissioned(runtime.decommissioned().get());
    }
    if (reached(runtime.deprecated(), asOf)) {
      return new Lifecycle.Deprecated(runtime.deprecated().get());
    }
    if (runtime.endOfSupport().isEmpty()) {
      return new Lifecycle.Supported();
    }
    LocalDate endOfSupport = runtime.endOfSupport().get();
    long daysLeft = ChronoUnit.DAYS.between(asOf, endOfSupport);
    if (daysLeft <= 0) {
      return new Lifecycle.EndOfSupport(endOfSupport);
    }
    if (daysLeft <= Lifecycle.NOTICE_DAYS) {
      return new Lifecycle.EndingSoon(daysLeft, endOfSupport);
    }
    return new Lifecycle.Supported();
  }

  private static boolean reached(Optional<LocalDate> phaseStart, LocalDate asOf) {
    return phaseStart.isPresent() && !asOf.isBefore(phaseStart.get());
  }
}
