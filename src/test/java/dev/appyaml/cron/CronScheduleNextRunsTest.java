package dev.appyaml.cron;

import static dev.appyaml.cron.ScheduleAssertions.parsed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleNextRunsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Local date-time in New York with the offset spelled out, e.g. {@code 2024-03-10T03:00-04:00}. */
  private static ZonedDateTime ny(String localWithOffset) {
    ZonedDateTime t = ZonedDateTime.parse(localWithOffset + "[America/New_York]");
    assertEquals(t.getOffset(), NEW_YORK.getRules().getOffset(t.toInstant()), "offset in test data");
    return t;
  }

  private static ZonedDateTime nyLocal(String local) {
    return LocalDateTime.parse(local).atZone(NEW_YORK);
  }

  private static List<ZonedDateTime> runs(String schedule, ZonedDateTime after, int count) {
    return parsed(schedule).nextRuns(after, count);
  }

  @Nested
  class Intervals {
    @Test
    void endTimeIntervalAddsThePeriodRoundedDownToTheMinute() {
      assertEquals(List.of(nyLocal("2024-05-01T10:07"), nyLocal("2024-05-01T10:12"), nyLocal("2024-05-01T10:17")),
          runs("every 5 minutes", nyLocal("2024-05-01T10:02:30.5"), 3));
    }

    @Test
    void endTimeIntervalCountsElapsedTimeAcrossSpringForward() {
      assertEquals(List.of(ny("2024-03-10T01:40-05:00"), ny("2024-03-10T03:10-04:00"), ny("2024-03-10T03:40-04:00")),
          runs("every 30 minutes", ny("2024-03-10T01:10-05:00"), 3));
    }

    @Test
    void endTimeIntervalCountsElapsedTimeAcrossFallBack() {
      assertEquals(List.of(ny("2024-11-03T01:30-04:00"), ny("2024-11-03T01:30-05:00"), ny("2024-11-03T02:30-05:00")),
          runs("every 1 hours", ny("2024-11-03T00:30-04:00"), 3));
    }

    @Test
    void windowRunsFromStartToEndInclusive() {
      assertEquals(List.of(nyLocal("2024-05-01T10:00"), nyLocal("2024-05-01T10:05"), nyLocal("2024-05-01T10:10"),
              nyLocal("2024-05-01T10:15"), nyLocal("2024-05-01T10:20"), nyLocal("2024-05-02T10:00")),
          runs("every 5 minutes from 10:00 to 10:20", nyLocal("2024-05-01T09:00"), 6));
    }

    @Test
    void windowGridStartsAtTheWindowStartEvenIfThePeriodDoesNotFit() {
      assertEquals(List.of(nyLocal("2024-05-01T10:56"), nyLocal("2024-05-02T10:00"), nyLocal("2024-05-02T10:07")),
          runs("every 7 minutes from 10:00 to 11:00", nyLocal("2024-05-01T10:50"), 3));
    }

    @Test
    void windowAcrossMidnight() {
      assertEquals(List.of(nyLocal("2024-05-01T23:30"), nyLocal("2024-05-01T23:50"), nyLocal("2024-05-02T00:10"),
              nyLocal("2024-05-02T00:30"), nyLocal("2024-05-02T23:30")),
          runs("every 20 minutes from 23:30 to 00:30", nyLocal("2024-05-01T12:00"), 5));
    }

    @Test
    void windowWithEqualEndsRunsOnceADay() {
      assertEquals(List.of(nyLocal("2024-05-01T10:00"), nyLocal("2024-05-02T10:00")),
          runs("every 5 minutes from 10:00 to 10:00", nyLocal("2024-05-01T09:00"), 2));
    }

    @Test
    void windowStartInSpringForwardGapStartsAfterTheGap() {
      // groc: a window from 02:15 starts at 03:00 on the day 02:15 does not exist.
      assertEquals(List.of(ny("2024-03-10T03:00-04:00"), ny("2024-03-10T03:30-04:00"), ny("2024-03-11T02:15-04:00")),
          runs("every 30 minutes from 02:15 to 03:30", nyLocal("2024-03-10T00:00"), 3));
    }

    @Test
    void synchronizedIsAGridFromMidnight() {
      assertEquals(List.of(nyLocal("2024-05-01T16:00"), nyLocal("2024-05-01T20:00"), nyLocal("2024-05-02T00:00"),
              nyLocal("2024-05-02T04:00")),
          runs("every 4 hours synchronized", nyLocal("2024-05-01T13:37"), 4));
    }

    @Test
    void synchronizedAcrossSpringForwardSkipsTheMissingHour() {
      assertEquals(List.of(ny("2024-03-10T00:00-05:00"), ny("2024-03-10T01:00-05:00"), ny("2024-03-10T03:00-04:00"),
              ny("2024-03-10T04:00-04:00")),
          runs("every 1 hours synchronized", ny("2024-03-09T23:30-05:00"), 4));
    }

    @Test
    void synchronizedAcrossFallBackCountsElapsedTimeFromMidnight() {
      // Midnight EDT plus 2 h of elapsed time is 01:00 EST; the grid stays odd until the next midnight.
      assertEquals(List.of(ny("2024-11-03T00:00-04:00"), ny("2024-11-03T01:00-05:00"), ny("2024-11-03T03:00-05:00"),
              ny("2024-11-03T05:00-05:00")),
          runs("every 2 hours synchronized", ny("2024-11-02T22:30-04:00"), 4));
      assertEquals(ny("2024-11-04T00:00-05:00"), runs("every 2 hours synchronized", ny("2024-11-03T23:00-05:00"), 1).get(0));
    }
  }

  @Nested
  class SpecificTimes {
    @Test
    void localTimeIsKeptAcrossDaylightSavingChanges() {
      assertEquals(List.of(ny("2024-03-09T09:00-05:00"), ny("2024-03-10T09:00-04:00"), ny("2024-03-11T09:00-04:00")),
          runs("every day 09:00", nyLocal("2024-03-09T08:00"), 3));
    }

    @Test
    void aTimeInTheSpringForwardGapSkipsThatDay() {
      assertEquals(List.of(ny("2024-03-09T02:30-05:00"), ny("2024-03-11T02:30-04:00")),
          runs("every day 02:30", nyLocal("2024-03-09T00:00"), 2));
    }

    @Test
    void aTimeInTheFallBackOverlapRunsTwice() {
      assertEquals(List.of(ny("2024-11-03T01:30-04:00"), ny("2024-11-03T01:30-05:00"), ny("2024-11-04T01:30-05:00")),
          runs("every day 01:30", nyLocal("2024-11-02T12:00"), 3));
    }

    @Test
    void startingInsideTheOverlapGivesTheSecondInstant() {
      assertEquals(List.of(ny("2024-11-03T01:30-05:00")), runs("every day 01:30", ny("2024-11-03T01:45-04:00"), 1));
    }

    @Test
    void aScheduleThatNeverExistsReturnsNothingQuickly() {
      // Since 2007 New York springs forward at 02:00 on the 2nd Sunday of March.
      List<ZonedDateTime> none = Bounded.run("next runs of a schedule that never fires",
          () -> runs("2nd sun of mar 02:30", nyLocal("2024-01-01T00:00"), 3));
      assertEquals(List.of(), none);
    }

    @Test
    void runsAreStrictlyAfterTheStart() {
      assertEquals(List.of(nyLocal("2024-05-02T09:00")), runs("every day 09:00", nyLocal("2024-05-01T09:00"), 1));
    }

    @Test
    void resultsAreInTheZoneOfTheStart() {
      ZonedDateTime utc = ZonedDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      assertEquals(List.of(ZonedDateTime.of(2024, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC)), runs("every day 09:00", utc, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1st,3rd tuesday 09:00              | 2024-01-01T00:00 | 2024-01-02T09:00 2024-01-16T09:00 2024-02-06T09:00 2024-02-20T09:00
        every mon,wed 09:00                | 2024-05-01T10:00 | 2024-05-06T09:00 2024-05-08T09:00 2024-05-13T09:00
        1st,3rd mon of sep,oct,nov 17:00   | 2024-01-01T00:00 | 2024-09-02T17:00 2024-09-16T17:00 2024-10-07T17:00 2024-10-21T17:00 2024-11-04T17:00
        2nd wednesday of march 17:00       | 2024-03-14T00:00 | 2025-03-12T17:00 2026-03-11T17:00
        31 of month 09:00                  | 2024-01-31T10:00 | 2024-03-31T09:00 2024-05-31T09:00
        1,30 of feb 09:00                  | 2024-01-01T00:00 | 2024-02-01T09:00 2025-02-01T09:00
        1 of 2nd month of quarter 09:00    | 2024-01-01T00:00 | 2024-02-01T09:00 2024-05-01T09:00 2024-08-01T09:00 2024-11-01T09:00
        1st monday of quarter 09:00        | 2024-01-02T00:00 | 2024-04-01T09:00 2024-07-01T09:00 2024-10-07T09:00
        2nd day of month 09:00             | 2024-01-01T00:00 | 2024-01-02T09:00 2024-02-02T09:00
        5th friday of feb 09:00            | 2024-01-01T00:00 | 2036-02-29T09:00
        every day 00:00                    | 2024-02-28T12:00 | 2024-02-29T00:00 2024-03-01T00:00
        every day 23:59                    | 2024-12-31T23:59 | 2025-01-01T23:59
        """)
    void calendar(String schedule, String after, String expected) {
      List<ZonedDateTime> want = java.util.Arrays.stream(expected.trim().split(" ")).map(s -> nyLocal(s)).toList();
      assertEquals(want, runs(schedule, nyLocal(after), want.size()));
    }
  }

  @Test
  void countZeroOrNegativeGivesNothing() {
    assertEquals(List.of(), runs("every 5 minutes", nyLocal("2024-01-01T00:00"), 0));
    assertEquals(List.of(), runs("every day 09:00", nyLocal("2024-01-01T00:00"), -1));
  }

  @Test
  void theEndOfTimeStopsWithoutThrowing() {
    ZonedDateTime nearMax = ZonedDateTime.of(LocalDateTime.MAX.minusDays(2), ZoneOffset.UTC);
    assertTrue(runs("every 24 hours", nearMax, 5).size() < 5);
    assertTrue(runs("every day 09:00", nearMax, 5).size() < 5);
    assertTrue(runs("every 2 hours synchronized", nearMax, 50).size() < 50);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      every 5 minutes                     | every 5 minutes
      every 1 mins                        | every minute
      every 1 hours                       | every hour
      every 2 hours synchronized          | every 2 hours, aligned to 00:00
      every 5 minutes from 10:00 to 14:00 | every 5 minutes from 10:00 to 14:00
      every day 9:00                      | every day at 09:00
      every mon,wed 09:00                 | every monday and wednesday at 09:00
      1st,3rd mon of sep,oct,nov 17:00    | the 1st and 3rd monday of september, october and november at 17:00
      1,8,15,22 of month 09:00            | days 1, 8, 15 and 22 of every month at 09:00
      1 of jan 00:00                      | day 1 of january at 00:00
      every day of quarter 06:00          | every day of january, april, july and october at 06:00
      """)
  void describe(String schedule, String description) {
    assertEquals(description, parsed(schedule).describe());
  }
}
