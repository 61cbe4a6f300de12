package dev.appyaml.runtime;

import dev.appyaml.text.EmbedsText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code runtimes.tsv}. A malformed line is a bug in the bundled data, so it throws. */
@EmbedsText(RuntimeTable.RESOURCE)
final class RuntimeTable {

  static final String RESOURCE = "runtimes.tsv";
  static final String SCHEDULE_LINE_PREFIX = "# schedule-date\t";
  static final String HEADER =
      "id\tenvironment\tlanguage\tgeneration\tos\tend_of_support\tdeprecated\tdecommissioned\tstatus\tnotes";
  private static final BundledTsv TABLE = new BundledTsv(RESOURCE);

  private RuntimeTable() {}

  static RuntimeCatalog readBundled() {
    return parse(TABLE.read(RuntimeTable.class));
  }

  static RuntimeCatalog parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).startsWith(SCHEDULE_LINE_PREFIX)) {
      throw TABLE.error(1, "expected '# schedule-date<TAB>yyyy-mm-dd'");
    }
    String scheduleDate = lines.get(0).substring(SCHEDULE_LINE_PREFIX.length()).strip();
    LocalDate scheduleDay = TABLE.date(scheduleDate, 1);

    List<Runtime> standard = new ArrayList<>();
    List<String> flexible = new ArrayList<>();
    for (BundledTsv.Row row : TABLE.rows(lines, 1, HEADER)) {
      String[] f = row.fields();
      switch (f[1]) {
        case "standard" -> standard.add(standardRow(f, row.lineNo()));
        case "flexible" -> flexible.add(flexibleRow(f, row.lineNo()));
        default -> throw TABLE.error(row.lineNo(), "environment is '" + f[1] + "'; expected standard or flexible");
      }
    }
    try {
      return new RuntimeCatalog(scheduleDay, standard, flexible);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static Runtime standardRow(String[] f, int lineNo) {
    Generation generation =
        switch (f[3]) {
          case "1" -> Generation.FIRST;
          case "2" -> Generation.SECOND;
          default -> throw TABLE.error(lineNo, "generation is '" + f[3] + "'; expected 1 or 2 for a standard runtime");
        };
    try {
      return new Runtime(
          f[0],
          enumValue(Language.values(), f[2], lineNo),
          generation,
          BundledTsv.optional(f[4]),
          enumValue(Runtime.Status.values(), f[8], lineNo),
          BundledTsv.optional(f[5]).map(d -> TABLE.date(d, lineNo)),
          BundledTsv.optional(f[6]).map(d -> TABLE.date(d, lineNo)),
          BundledTsv.optional(f[7]).map(d -> TABLE.date(d, lineNo)),
          BundledTsv.optional(f[9]).orElse(""));
    } catch (IllegalArgumentException e) {
      throw TABLE.error(lineNo, e.getMessage());
    }
  }

  private static String flexibleRow(String[] f, int lineNo) {
    enumValue(Language.values(), f[2], lineNo);
    for (int column = 3; column <= 7; column++) {
      if (!f[column].equals(BundledTsv.NONE)) {
        throw TABLE.error(lineNo, "a flexible runtime has no generation, os or dates; expected '-'");
      }
    }
    if (enumValue(Runtime.Status.values(), f[8], lineNo) != Runtime.Status.GA) {
      throw TABLE.error(lineNo, "a flexible runtime has status ga");
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
    throw TABLE.error(lineNo, "unknown value '" + text + "'");
  }
}
