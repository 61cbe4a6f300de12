package dev.appyaml.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
public final class FlexibleRuntimes {

  static final String RESOURCE = "flexible-runtimes.tsv";
  static final String HEADER = "runtime\toperating_system_from\tfirst_buildpack_version\tlegacy\tlegacy_end_of_support";
  private static final String NONE = "-";

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
    try (InputStream in = FlexibleRuntimes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A malformed line is a bug in the bundled data, so it throws. */
  static FlexibleRuntimes parse(List<String> lines) {
    Map<String, Entry> rows = new LinkedHashMap<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw error(lineNo, "expected the header row");
        }
        headerSeen = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw error(lineNo, "expected 5 tab-separated columns, found " + f.length);
      }
      Entry entry = new Entry(f[0], date(f[1], lineNo), optional(f[2]), f[3],
          optional(f[4]).map(d -> date(d, lineNo)));
      if (rows.put(entry.runtime(), entry) != null) {
        throw error(lineNo, "runtime '" + entry.runtime() + "' is listed twice");
      }
    }
    if (!headerSeen) {
      throw error(lines.size(), "no header row");
    }
    return new FlexibleRuntimes(rows);
  }

  private static Optional<String> optional(String text) {
    return text.equals(NONE) || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static LocalDate date(String text, int lineNo) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(lineNo, "'" + text + "' is not a yyyy-mm-dd date");
    }
  }

  private static IllegalStateException error(int lineNo, String message) {
    return new IllegalStateException(RESOURCE + " line " + lineNo + ": " + message);
  }
}
