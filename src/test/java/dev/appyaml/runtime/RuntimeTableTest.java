package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes someone editing runtimes.tsv could make, and the messages they get. */
class RuntimeTableTest {

  private static final String SCHEDULE = "# schedule-date\t2026-04-14";
  private static final String GOOD = "go122,standard,go,2,ubuntu22.04,2026-07-28,2027-07-28,-,ga,-";

  /** Rows are written with commas for readability; the file uses tabs. */
  private static RuntimeCatalog parse(String... rows) {
    List<String> lines = new ArrayList<>(List.of(SCHEDULE, RuntimeTable.HEADER));
    for (String row : rows) {
      lines.add(row.replace(',', '\t'));
    }
    return RuntimeTable.parse(lines);
  }

  @Test
  void minimalTable() {
    RuntimeCatalog catalog = parse(GOOD, "# a comment", "", "custom,flexible,custom,-,-,-,-,-,ga,-");
    assertEquals("2026-04-14", catalog.scheduleDate());
    assertEquals(List.of("go122"), catalog.standardRuntimes().stream().map(Runtime::id).toList());
    assertTrue(catalog.isFlexibleLanguage("custom"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "go122,standard,go,2,ubuntu22.04,2026-02-30,-,-,ga,-          | '2026-02-30' is not a yyyy-mm-dd date",
        "go122,standard,go,2,ubuntu22.04,Jul 2026,-,-,ga,-            | 'Jul 2026' is not a yyyy-mm-dd date",
        "go122,standard,go,2,ubuntu22.04,2026-07-28,2025-07-28,-,ga,- | deprecated 2025-07-28 is before end_of_support 2026-07-28",
        "go122,standard,go,2,ubuntu22.04,-,2027-07-28,-,ga,-          | deprecated is set but end_of_support is not",
        "go122,standard,go,3,ubuntu22.04,-,-,-,ga,-                   | generation is '3'",
        "go122,standard,golang,2,ubuntu22.04,-,-,-,ga,-               | unknown value 'golang'",
        "go122,standard,go,2,ubuntu22.04,-,-,-,beta,-                 | unknown value 'beta'",
        "go122,standard,go,2,ubuntu22.04,-,-                          | expected 10 tab-separated columns, found 7",
        "go122,std,go,2,ubuntu22.04,-,-,-,ga,-                        | environment is 'std'",
        "go127,standard,go,2,-,2030-01-01,-,-,preview,-               | only status ga may carry lifecycle dates",
        "go,flexible,go,2,-,-,-,-,ga,-                                | a flexible runtime has no generation",
        "go1x,standard,go,2,-,-,-,-,ga,-                              | is not letters followed by digits",
      })
  void rejects(String row, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(row));
    assertTrue(e.getMessage().startsWith("runtimes.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void rejectsDuplicateId() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(GOOD, GOOD));
    assertTrue(e.getMessage().contains("'go122' is listed twice"), e.getMessage());
  }

  @Test
  void needsScheduleDateFirst() {
    assertThrows(IllegalStateException.class, () -> RuntimeTable.parse(List.of(RuntimeTable.HEADER)));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RuntimeTable.parse(List.of("# schedule-date\tApril 2026", RuntimeTable.HEADER)));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void needsHeader() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RuntimeTable.parse(List.of(SCHEDULE, GOOD.replace(',', '\t'))));
    assertTrue(e.getMessage().contains("line 2: expected the header row"), e.getMessage());
  }
}
