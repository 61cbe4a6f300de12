package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestStandardTest {

  private static final RuntimeCatalog CATALOG = RuntimeCatalog.bundled();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "python3.12, python312",
    "go1.22, go122",
    "nodejs20.x, nodejs20",
    "nodejs, nodejs24",
    "Python312, python312",
    "pyhton312, python312",
    // more of the same ideas
    "go1.22.3, go122",
    "nodejs20.11.1, nodejs20",
    "python-3.11, python311",
    "PHP8.3, php83",
    "ruby3.4, ruby34",
    "java17.0.2, java17",
    "node20, nodejs20",
    "pyton3.12, python312",
    "python, python314",
    "python-compat, python314",
    "go, go126",
    "java, java25",
    "python3, python314",
    "php8, php85",
  })
  void suggests(String input, String expected) {
    assertEquals(Optional.of(expected), CATALOG.suggestStandard(input));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "python312", // already right
        "nodejs8", // right id, old runtime: a lifecycle matter, not a typo
        "python315", // preview: not suggested
        "go117", // known but unsupported
        "java7", // obsolete, and no java7x exists
        "python399",
        "aspnetcore",
        "custom",
        "js20",
        "golang1.22",
        "",
        "3.12",
      })
  void suggestsNothing(String input) {
    assertEquals(Optional.empty(), CATALOG.suggestStandard(input));
  }

  /** Judged on an earlier day, only the runtimes that existed then are suggested; "-" is none. */
  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "nodejs, 2024-01-01, nodejs20",
    "nodejs, 2026-11-21, nodejs24",
    "python, 2023-01-01, python311",
    "python3.12, 2022-01-01, -",
    "python3.12, 2024-01-01, python312",
    "go, 2022-09-01, go119",
    "java, 2024-06-01, java17",
  })
  void suggestsOnlyWhatExistedThatDay(String input, String day, String expected) {
    assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected),
        CATALOG.suggestStandard(input, java.time.LocalDate.parse(day)));
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({"python, python, 0", "pyhton, python, 2", "'', abc, 3", "node, nodejs, 2", "kitten, sitting, 3"})
  void editDistance(String a, String b, int expected) {
    assertEquals(expected, StandardSuggester.editDistance(a, b));
  }
}
