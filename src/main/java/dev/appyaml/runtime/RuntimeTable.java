package dev.appyaml.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code runtimes.tsv}. A malformed line is a bug in the bundled data, so it throws. */
final class RuntimeTable {

  static final String RESOURCE = "runtimes.tsv";
  static final String SCHEDULE_LINE_PREFIX = "# schedule-date\t";
  static final String HEADER =
      "id\tenvironment\tlanguage\tgeneration\tos\tend_of_support\tdeprecated\tdecommissioned\tstatus\tnotes";
  private static final int COLUMNS = 10;
  private static final String NONE = "-";

  private RuntimeTable() {}

  static RuntimeCatalog readBundled() {
    try (InputStream in = RuntimeTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static RuntimeCatalog parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).startsWith(SCHEDULE_LINE_PREFIX)) {
      throw new IllegalStateException(RESOURCE + " line 1: expected '# schedule-date<TAB>yyyy-mm-dd'");
    }
    String scheduleDate = lines.get(0).substring(SCHEDULE_LINE_PREFIX.length()).strip();
    date(scheduleDate, 1);

    List<Runtime> standard = new ArrayList<>();
    List<String> flexible = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw error(lineNo, "expected the header row '" + HEADER.replace('\t', ' ') + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != COLUMNS) {
        throw error(lineNo, "expected " + COLUMNS + " tab-separated columns, found " + f.length);
      }
      switch (f[1]) {
        case "standard" -> standard.add(standardRow(f, lineNo));
        case "flexible" -> flexible.add(flexibleRow(f, lineNo));
        default -> throw error(lineNo, "environment is '" + f[1] + "'; expected standard or flexible");
      }
    }
    if (!headerSeen) {
      throw error(lines.size(), "no header row");
    }
    try {
      return new RuntimeCatalog(scheduleDate, standard, flexible);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static Runtime standardRow(String[] f, int lineNo) {
    Generation generation =
        switch (f[3]) {
          case "1" -> Generation.FIRST;
          case "2" -> Generation.SECOND;
          default -> throw error(lineNo, "generation is '" + f[3] + "'; expected 1 or 2 for a standard runtime");
        };
    try {
      return new Runtime(
          f[0],
          enumValue(Language.values(), f[2], lineNo),
          generation,
          optional(f[4]),
          enumValue(Runtime.Status.values(), f[8], lineNo),
          optional(f[5]).map(d -> date(d, lineNo)),
          optional(f[6]).map(d -> date(d, lineNo)),
          optional(f[7]).map(d -> date(d, lineNo)),
          optional(f[9]).orElse(""));
    } catch (IllegalArgumentException e) {
      throw error(lineNo, e.getMessage());
    }
  }

  private static String flexibleRow(String[] f, int lineNo) {
    enumValue(Language.values(), f[2], lineNo);
    for (int column = 3; column <= 7; column++) {
      if (!f[column].equals(NONE)) {
        throw error(lineNo, "a flexible runtime has no generation, os or dates; expected '-'");
      }
    }
    if (enumValue(Runtime.Status.values(), f[8], lineNo) != Runtime.Status.GA) {
      throw error(lineNo, "a flexible runtime has status ga");
    }
    return f[0];
  }

  /** TSV spelling of an enum constant: lower case, '-' for '_' ({@code KNOWN_UNSUPPORTED} is "known-unsupported"). */
  private static String spelling(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E enumValue(E[] values, String text, int lineNo) {
    for (E value : values) {
      if (spelling(value).equals(text)) {
        return value;
      }
    }
    throw error(lineNo, "unknown value '" + text + "'");
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
