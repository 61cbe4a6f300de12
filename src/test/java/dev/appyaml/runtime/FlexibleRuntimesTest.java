package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled flexible-runtimes.tsv agrees with runtimes.tsv, and editing mistakes are caught. */
class FlexibleRuntimesTest {

  /** gcloud 420.0.0, which every flexible runtime page requires for the buildpack-based versions. */
  private static final LocalDate GCLOUD_420 = LocalDate.parse("2023-02-28");

  @Test
  void everyFlexibleLanguageButCustomHasARow() {
    Set<String> languages = new LinkedHashSet<>(RuntimeCatalog.bundled().flexibleLanguages());
    languages.remove("custom");
    assertEquals(languages, FlexibleRuntimes.bundled().runtimes());
  }

  @Test
  void noLanguageGainedOperatingSystemBeforeGcloudCouldDeployIt() {
    for (String runtime : FlexibleRuntimes.bundled().runtimes()) {
      FlexibleRuntimes.Entry e = FlexibleRuntimes.bundled().of(runtime).orElseThrow();
      assertFalse(e.operatingSystemFrom().isBefore(GCLOUD_420), runtime);
      e.legacyEndOfSupport().ifPresent(end -> assertTrue(end.isAfter(e.operatingSystemFrom()), runtime));
    }
  }

  @Test
  void judgesTheDay() {
    FlexibleRuntimes.Entry ruby = FlexibleRuntimes.bundled().of("ruby").orElseThrow();
    assertFalse(ruby.operatingSystemExisted(LocalDate.parse("2023-04-23")));
    assertTrue(ruby.operatingSystemExisted(LocalDate.parse("2023-04-24")));
    assertFalse(ruby.legacyEnded(LocalDate.parse("2024-07-09")));
    assertTrue(ruby.legacyEnded(LocalDate.parse("2024-07-10")));
    assertFalse(FlexibleRuntimes.bundled().of("python").orElseThrow().legacyEnded(LocalDate.parse("2099-01-01")));
    assertEquals(Optional.empty(), FlexibleRuntimes.bundled().of("custom"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "go,2023-03-20,1.18,Go 1.15 and earlier                | expected 5 tab-separated columns, found 4",
        "go,March 2023,1.18,Go 1.15 and earlier,-              | 'March 2023' is not a yyyy-mm-dd date",
        "go,2023-03-20,1.18,Go 1.15 and earlier,2024-02-30     | '2024-02-30' is not a yyyy-mm-dd date",
      })
  void rejects(String row, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FlexibleRuntimes.parse(List.of("# c", FlexibleRuntimes.HEADER, row.strip().replace(',', '\t'))));
    assertTrue(e.getMessage().startsWith("flexible-runtimes.tsv line 3"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void rejectsATwiceListedRuntimeAndAMissingHeader() {
    String row = "go\t2023-03-20\t1.18\tGo 1.15 and earlier\t-";
    assertTrue(assertThrows(IllegalStateException.class,
        () -> FlexibleRuntimes.parse(List.of(FlexibleRuntimes.HEADER, row, row))).getMessage().contains("listed twice"));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> FlexibleRuntimes.parse(List.of(row))).getMessage().contains("expected the header row"));
  }
}
