package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static final RuntimeCatalog CATALOG = RuntimeCatalog.bundled();

  // python312: end of support 2028-10-02, deprecated 2029-10-02, no decommission date
  private static final LocalDate PY312_EOS = LocalDate.of(2028, 10, 2);
  private static final LocalDate PY312_DEPRECATED = LocalDate.of(2029, 10, 2);

  private static Lifecycle of(String id, LocalDate asOf) {
    return CATALOG.lifecycle(CATALOG.standard(id).orElseThrow(), asOf);
  }

  @Test
  void supportedLongBeforeEndOfSupport() {
    assertEquals(new Lifecycle.Supported(), of("python312", LocalDate.of(2026, 4, 14)));
  }

  @Test
  void endingSoonStartsExactlyNinetyDaysBefore() {
    assertEquals(new Lifecycle.Supported(), of("python312", PY312_EOS.minusDays(91)));
    assertEquals(new Lifecycle.EndingSoon(90, PY312_EOS), of("python312", PY312_EOS.minusDays(90)));
    assertEquals(new Lifecycle.EndingSoon(1, PY312_EOS), of("python312", PY312_EOS.minusDays(1)));
  }

  @Test
  void endOfSupportStartsOnItsDay() {
    assertEquals(new Lifecycle.EndOfSupport(PY312_EOS), of("python312", PY312_EOS));
    assertEquals(new Lifecycle.EndOfSupport(PY312_EOS), of("python312", PY312_DEPRECATED.minusDays(1)));
  }

  @Test
  void deprecatedFromItsDayOn() {
    assertEquals(new Lifecycle.Deprecated(PY312_DEPRECATED), of("python312", PY312_DEPRECATED));
    assertEquals(new Lifecycle.Deprecated(PY312_DEPRECATED), of("python312", LocalDate.of(2040, 1, 1)));
    assertEquals(new Lifecycle.Deprecated(LocalDate.of(2019, 10, 1)), of("nodejs8", LocalDate.of(2026, 4, 14)));
  }

  @Test
  void firstGenerationIsDeprecatedThenDecommissioned() {
    LocalDate decommissioned = LocalDate.of(2027, 1, 31);
    for (String id : new String[] {"python27", "java8", "php55", "go111"}) {
      assertEquals(new Lifecycle.Deprecated(LocalDate.of(2026, 1, 31)), of(id, decommissioned.minusDays(1)), id);
      assertEquals(new Lifecycle.Decommissioned(decommissioned), of(id, decommissioned), id);
      assertEquals(new Lifecycle.Decommissioned(decommissioned), of(id, decommissioned.plusYears(1)), id);
    }
  }

  @Test
  void onTheDayTheSupportDatesWereRead() {
    LocalDate schedule = LocalDate.of(2026, 4, 14); // the table was refreshed later, its support dates not
    assertEquals(new Lifecycle.EndingSoon(16, LocalDate.of(2026, 4, 30)), of("nodejs20", schedule));
    assertEquals(new Lifecycle.EndOfSupport(LocalDate.of(2026, 3, 31)), of("ruby32", schedule));
  }

  @Test
  void runtimeWithoutDatesStaysSupported() {
    assertEquals(new Lifecycle.Supported(), of("go126", LocalDate.of(2099, 12, 31)));
  }

  @Test
  void monthOnlyDateIsTheLastDayOfTheMonth() {
    assertEquals(new Lifecycle.EndingSoon(1, LocalDate.of(2027, 10, 31)), of("java17", LocalDate.of(2027, 10, 30)));
    assertEquals(new Lifecycle.EndOfSupport(LocalDate.of(2031, 9, 30)), of("java21", LocalDate.of(2031, 9, 30)));
  }

  @Test
  void statusesWithoutSchedule() {
    LocalDate day = LocalDate.of(2026, 4, 14);
    assertEquals(new Lifecycle.Preview(), of("python315", day));
    assertEquals(new Lifecycle.KnownUnsupported(), of("go117", day));
    assertEquals(new Lifecycle.KnownUnsupported(), of("ruby31", day));
    for (String id : new String[] {"python", "python-compat", "java", "java7", "php", "go"}) {
      assertEquals(new Lifecycle.Obsolete(), of(id, day), id);
    }
  }

  @Test
  void unknownIdHasNoRuntime() {
    assertTrue(CATALOG.standard("python399").isEmpty());
    assertTrue(CATALOG.standard("Python312").isEmpty());
    assertTrue(CATALOG.standard("aspnetcore").isEmpty());
  }
}
