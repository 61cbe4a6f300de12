package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeCatalogTest {

  private static final RuntimeCatalog CATALOG = RuntimeCatalog.bundled();

  private static List<String> bundledLines() throws IOException {
    try (InputStream in = RuntimeTable.class.getResourceAsStream(RuntimeTable.RESOURCE)) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
  }

  private static List<String> dataRows(List<String> lines) {
    return lines.stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.equals(RuntimeTable.HEADER))
        .toList();
  }

  @Test
  void loadedOnceAndSmall() throws IOException {
    assertSame(CATALOG, RuntimeCatalog.bundled());
    // loading is one pass over a file this size; no timing, just a bound on the work
    List<String> lines = bundledLines();
    assertTrue(lines.size() < 150, "runtimes.tsv has " + lines.size() + " lines");
    assertEquals(
        dataRows(lines).size(), CATALOG.standardRuntimes().size() + CATALOG.flexibleLanguages().size());
  }

  @Test
  void everyRowParses() throws IOException {
    // the data file itself: every row has all columns and every date is a real ISO date
    for (String row : dataRows(bundledLines())) {
      String[] f = row.split("\t", -1);
      assertEquals(10, f.length, row);
      for (int column = 5; column <= 7; column++) {
        if (!f[column].equals("-")) {
          LocalDate.parse(f[column]);
        }
      }
    }
    assertEquals(65, CATALOG.standardRuntimes().size());
    assertEquals(8, CATALOG.flexibleLanguages().size());
  }

  @Test
  void scheduleDate() {
    assertEquals("2026-12-01", CATALOG.scheduleDate());
  }

  @Test
  void standardLookup() {
    Runtime go124 = CATALOG.standard("go124").orElseThrow();
    assertEquals(Language.GO, go124.language());
    assertEquals(Generation.SECOND, go124.generation());
    assertEquals(Optional.of("ubuntu22.04"), go124.os());
    assertEquals(Runtime.Status.GA, go124.status());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 2)), go124.endOfSupport());
    assertEquals(Optional.of(LocalDate.of(2028, 3, 2)), go124.deprecated());
    assertEquals(Optional.empty(), go124.decommissioned());

    Runtime python27 = CATALOG.standard("python27").orElseThrow();
    assertEquals(Generation.FIRST, python27.generation());
    assertEquals(Optional.empty(), python27.os());
    assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), python27.decommissioned());

    assertEquals(Optional.of(LocalDate.of(2031, 10, 31)), CATALOG.standard("java25").orElseThrow().endOfSupport());
    assertFalse(CATALOG.standard("java25").orElseThrow().note().isEmpty());
  }

  @Test
  void expandedRowsAreAllPresent() {
    for (String id : List.of("go116", "go115", "go114", "go113", "go112", "nodejs16", "nodejs14", "nodejs12",
        "nodejs10", "php74", "php73", "php72", "ruby27", "ruby26", "ruby25")) {
      Runtime runtime = CATALOG.standard(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Optional.of("ubuntu18.04"), runtime.os(), id);
      assertEquals(Optional.of(LocalDate.of(2025, 1, 31)), runtime.deprecated(), id);
    }
  }

  @Test
  void generationFollowsSpec() {
    Set<String> first = Set.of("python27", "java8", "php55", "go111", "python", "python-compat", "java", "java7", "php", "go");
    for (Runtime runtime : CATALOG.standardRuntimes()) {
      Generation expected = first.contains(runtime.id()) ? Generation.FIRST : Generation.SECOND;
      assertEquals(expected, runtime.generation(), runtime.id());
    }
  }

  @Test
  void flexibleLanguages() {
    for (String id : List.of("python", "nodejs", "go", "java", "php", "ruby", "aspnetcore", "custom")) {
      assertTrue(CATALOG.isFlexibleLanguage(id), id);
    }
    assertFalse(CATALOG.isFlexibleLanguage("python312"));
    assertFalse(CATALOG.isFlexibleLanguage("python-compat"));
    assertFalse(CATALOG.isFlexibleLanguage("dotnet"));
  }

  @Test
  void collectionsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> CATALOG.standardRuntimes().clear());
    assertThrows(UnsupportedOperationException.class, () -> CATALOG.flexibleLanguages().clear());
  }
}
