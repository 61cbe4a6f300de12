package dev.appyaml.runtime;

import dev.appyaml.text.EmbedsText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When each flexible language runtime gained its buildpack-based versions (chosen with
 * {@code runtime_config.operating_system}) and what the legacy runtime it falls back to offers,
 * read once from the bundled {@code flexible-runtimes.tsv}, which also names the sources.
 */
@EmbedsText(FlexibleRuntimes.RESOURCE)
public final class FlexibleRuntimes {

  static final String RESOURCE = "flexible-runtimes.tsv";
  static final String HEADER = "runtime\toperating_system_from\tfirst_buildpack_version\tlegacy\tlegacy_end_of_support";
  private static final BundledTsv TABLE = new BundledTsv(RESOURCE);

  /** One language's row. */
  public record Entry(String runtime, LocalDate operatingSystemFrom, Optional<String> firstBuildpackVersion,
      String legacy, Optional<LocalDate> legacyEndOfSupport) {

    /** Whether {@code operating_system} could be set for this language on {@code day}. */
    public boolean operatingSystemExisted(LocalDate day) {
      return !day.isBefore(operatingSystemFrom);
    }

    /** Whether the legacy runtime was past its end of support on {@code day}. */
    public boolean legacyEnded(LocalDate day) {
      return legacyEndOfSupport.isPresent() && !day.isBefore(legacyEndOfSupport.get());
    }
  }

  private final Map<String, Entry> byRuntime;

  private FlexibleRuntimes(Map<String, Entry> byRuntime) {
    this.byRuntime = Map.copyOf(byRuntime);
  }

  /** The table bundled with appyaml, loaded on first use. */
  public static FlexibleRuntimes bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final FlexibleRuntimes TABLE = readBundled();
  }

  /** The row of a flexible runtime name such as {@code ruby}; empty for {@code custom} and unknown names. */
  public Optional<Entry> of(String runtime) {
    return Optional.ofNullable(byRuntime.get(runtime));
  }

  /** The runtimes listed, for the test that matches them against the runtime table. */
  public Set<String> runtimes() {
    return byRuntime.keySet();
  }

  private static FlexibleRuntimes readBundled() {
    return parse(TABLE.read(FlexibleRuntimes.class));
  }

  /** A malformed line is a bug in the bundled data, so it throws. */
  static FlexibleRuntimes parse(List<String> lines) {
    Map<String, Entry> rows = new LinkedHashMap<>();
    for (BundledTsv.Row row : TABLE.rows(lines, 0, HEADER)) {
      String[] f = row.fields();
      int lineNo = row.lineNo();
      Entry entry = new Entry(f[0], TABLE.date(f[1], lineNo), BundledTsv.optional(f[2]), f[3],
          BundledTsv.optional(f[4]).map(d -> TABLE.date(d, lineNo)));
      if (rows.put(entry.runtime(), entry) != null) {
        throw TABLE.error(lineNo, "runtime '" + entry.runtime() + "' is listed twice");
      }
    }
    return new FlexibleRuntimes(rows);
  }
}
