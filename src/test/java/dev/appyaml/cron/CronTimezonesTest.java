package dev.appyaml.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronTimezonesTest {

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Australia/NSW", "US/Pacific", "Europe/Kyiv", "Asia/Calcutta", "UTC",
      "Etc/UTC", "GMT", "Etc/GMT+5", "EST5EDT", "PST8PDT", "CET", "EST", "MST", "HST", "GMT+0", "GMT-0", "GMT0", "Zulu"})
  void knownNames(String tz) {
    assertEquals(Optional.empty(), CronTimezones.check(tz));
  }

  @Test
  void everyJdkZoneIsKnown() {
    for (String tz : ZoneId.getAvailableZoneIds()) {
      assertEquals(Optional.empty(), CronTimezones.check(tz), tz);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Mars/Olympus     | unknown timezone 'Mars/Olympus'; expected a tz database name such as America/New_York
      America/New_Yrok | unknown timezone 'America/New_Yrok'; expected a tz database name (did you mean 'America/New_York')
      Europe/Londn     | unknown timezone 'Europe/Londn'; expected a tz database name (did you mean 'Europe/London')
      US/Pacifc        | unknown timezone 'US/Pacifc'; expected a tz database name (did you mean 'US/Pacific')
      New York         | unknown timezone 'New York'; expected a tz database name (did you mean 'America/New_York')
      Paris            | unknown timezone 'Paris'; expected a tz database name (did you mean 'Europe/Paris')
      america/new_york | timezone 'america/new_york' differs in case from the tz database name; expected America/New_York
      utc              | timezone 'utc' differs in case from the tz database name; expected UTC
      "America/Chicago " | timezone 'America/Chicago ' has spaces around it; expected America/Chicago
      PST              | timezone 'PST' is an abbreviation, not a tz database name; expected a zone name such as America/Los_Angeles
      pdt              | timezone 'pdt' is an abbreviation, not a tz database name; expected a zone name such as America/Los_Angeles
      CEST             | timezone 'CEST' is an abbreviation, not a tz database name; expected a zone name such as Europe/Paris
      XYZT             | timezone 'XYZT' is an abbreviation, not a tz database name; expected a tz database name such as America/New_York
      +05:00           | timezone '+05:00' is a utc offset, not a tz database name; expected Etc/GMT-5 (the Etc/GMT names invert the sign) or a city zone that observes daylight saving
      UTC-3            | timezone 'UTC-3' is a utc offset, not a tz database name; expected Etc/GMT+3 (the Etc/GMT names invert the sign) or a city zone that observes daylight saving
      GMT+5:30         | timezone 'GMT+5:30' is a utc offset, not a tz database name; expected a city zone with that offset (for example Asia/Kolkata for +05:30)
      UTC+0            | timezone 'UTC+0' is a utc offset, not a tz database name; expected UTC
      Z                | timezone 'Z' is a utc offset, not a tz database name; expected UTC
      """)
  void problems(String tz, String message) {
    assertEquals(Optional.of(message), CronTimezones.check(tz));
  }

  @Test
  void emptyOrMissing() {
    assertEquals(Optional.of("timezone is empty; expected a tz database name such as America/New_York"), CronTimezones.check(""));
    assertEquals(Optional.of("timezone is empty; expected a tz database name such as America/New_York"), CronTimezones.check(null));
  }

  @Test
  void hostileInputIsQuick() {
    String huge = "America/" + "x".repeat(1 << 20);
    Optional<String> problem = Bounded.run("checking a huge timezone", () -> CronTimezones.check(huge));
    assertTrue(problem.orElseThrow().startsWith("unknown timezone 'America/xxxx"));
    assertTrue(problem.orElseThrow().length() < 200);
    assertTrue(CronTimezones.check("Europe/Paris\u0000").isPresent());
    assertTrue(CronTimezones.check("Европа/Москва").isPresent());
  }
}
