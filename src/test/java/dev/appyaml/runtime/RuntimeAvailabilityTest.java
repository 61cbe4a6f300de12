package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No runtime counts as existing before its language version was released upstream (release dates
 * from python.org, nodejs.org/en/about/previous-releases, go.dev/doc/devel/release and
 * jdk.java.net), so a suggestion judged on an earlier day never names it.
 */
class RuntimeAvailabilityTest {

  private static final RuntimeCatalog CATALOG = RuntimeCatalog.bundled();

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    // Java 25 was released 2025-09-16, Java 21 2023-09-19
    "java25, 2025-06-01, false",
    "java25, 2026-11-21, true",
    "java21, 2023-06-01, false",
    "java21, 2026-01-01, true",
    // Go 1.19 2022-08-02, Go 1.25 2025-08-12, Go 1.26 2026-02-10 (the last two undated in the schedule)
    "go119, 2022-07-01, false",
    "go119, 2022-09-01, true",
    "go125, 2025-07-01, false",
    "go126, 2026-01-01, false",
    "go126, 2026-11-21, true",
    // Node.js 24 2025-05-06, Python 3.14 2025-10-07
    "nodejs24, 2025-05-05, false",
    "nodejs24, 2025-07-01, true",
    "python314, 2025-10-06, false",
    "python314, 2025-11-01, true",
  })
  void existedOn(String id, String day, boolean existed) {
    assertEquals(existed, RuntimeAvailability.existedOn(CATALOG.standard(id).orElseThrow(), LocalDate.parse(day), CATALOG));
  }
}
