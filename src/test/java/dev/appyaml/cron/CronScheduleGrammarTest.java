package dev.appyaml.cron;

import static dev.appyaml.cron.ScheduleAssertions.error;
import static dev.appyaml.cron.ScheduleAssertions.interval;
import static dev.appyaml.cron.ScheduleAssertions.parsed;
import static dev.appyaml.cron.ScheduleAssertions.specific;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.cron.SpecificTimeSchedule.MonthDays;
import dev.appyaml.cron.SpecificTimeSchedule.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One group per production of the schedule grammar in spec §2.3. */
class CronScheduleGrammarTest {

  private static final Set<Month> QUARTER_STARTS = EnumSet.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER);

  /** timespec := ( specifictime | interval ) EOF */
  @Nested
  class Timespec {
    @Test
    void eitherAnIntervalOrASpecificTime() {
      assertInstanceOf(IntervalSchedule.class, parsed("every 5 minutes"));
      assertInstanceOf(SpecificTimeSchedule.class, parsed("every monday 09:00"));
    }

    @Test
    void nothingMayFollow() {
      assertEquals(16, error("every 5 minutes extra").offset());
      assertEquals(19, error("every monday 09:00 extra").offset());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
      assertEquals(parsed("every 5 minutes"), parsed("  every 5 minutes \n"));
    }
  }

  /** interval := "every" NUMBER period [ time_range | "synchronized" ] */
  @Nested
  class Interval {
    @Test
    void plainInterval() {
      assertEquals(new IntervalSchedule(5, IntervalUnit.MINUTES, Optional.empty(), false), parsed("every 5 minutes"));
    }

    @Test
    void withTimeRange() {
      IntervalSchedule s = interval("every 5 minutes from 10:00 to 14:00");
      assertEquals(Optional.of(new TimeWindow(LocalTime.of(10, 0), LocalTime.of(14, 0))), s.window());
      assertFalse(s.synchronizedToDay());
      assertTrue(s.fixedGrid());
    }

    @Test
    void withSynchronized() {
      IntervalSchedule s = interval("every 2 hours synchronized");
      assertTrue(s.synchronizedToDay());
      assertEquals(Optional.empty(), s.window());
      assertTrue(s.fixedGrid());
    }

    @Test
    void endTimeIntervalIsNotOnAGrid() {
      assertFalse(interval("every 5 minutes").fixedGrid());
    }
  }

  /** period := "hours" | "mins" | "minutes" */
  @Nested
  class Period {
    @ParameterizedTest
    @CsvSource({"every 3 hours, HOURS, 10800", "every 3 mins, MINUTES, 180", "every 3 minutes, MINUTES, 180"})
    void units(String text, IntervalUnit unit, long seconds) {
      IntervalSchedule s = interval(text);
      assertEquals(unit, s.unit());
      assertEquals(seconds, s.periodSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hour", "minute", "min", "hrs", "days", "seconds", "Hours"})
    void otherUnitsAreNotTokens(String unit) {
      ParseError e = error("every 1 " + unit);
      assertEquals(8, e.offset());
      assertEquals(unit.length(), e.length());
    }
  }

  /** time_range := "from" TIME "to" TIME */
  @Nested
  class TimeRange {
    @Test
    void windowAcrossMidnightIsAccepted() {
      assertEquals(new TimeWindow(LocalTime.of(22, 0), LocalTime.of(2, 0)),
          interval("every 1 hours from 22:00 to 2:00").window().orElseThrow());
    }

    @Test
    void bothTimesAreRequired() {
      assertEquals(21, error("every 5 minutes from 10:00").offset());
      assertEquals(27, error("every 5 minutes from 10:00 to").offset());
      assertEquals(16, error("every 5 minutes to 10:00").offset());
    }
  }

  /** specifictime := ( ( ordinals weekdays | monthdays ) "of" ( monthspec | quarterspec ) | ordinals weekdays ) TIME */
  @Nested
  class SpecificTime {
    @Test
    void ordinalsWeekdaysWithoutMonthsMeansEveryMonth() {
      SpecificTimeSchedule s = specific("1st,3rd tuesday 09:00");
      assertEquals(new Weekdays(new TreeSet<>(Set.of(1, 3)), EnumSet.of(DayOfWeek.TUESDAY)), s.days());
      assertEquals(EnumSet.allOf(Month.class), s.months());
      assertEquals(LocalTime.of(9, 0), s.time());
    }

    @Test
    void ordinalsWeekdaysOfMonths() {
      SpecificTimeSchedule s = specific("1st,3rd mon of sep,oct,nov 17:00");
      assertEquals(EnumSet.of(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER), s.months());
      assertEquals(LocalTime.of(17, 0), s.time());
    }

    @Test
    void ordinalsWeekdaysOfQuarter() {
      assertEquals(QUARTER_STARTS, specific("1st monday of quarter 09:00").months());
    }

    @Test
    void monthdaysNeedOf() {
      assertEquals(5, error("1,15 09:00").offset());
      assertEquals(new MonthDays(new TreeSet<>(Set.of(1, 15))), specific("1,15 of month 9:00").days());
    }

    @Test
    void timeIsMandatory() {
      assertEquals(8, error("1st,3rd tuesday").offset());
      assertEquals(new ParseError(15, 4, "missing time after 'july'; expected HH:MM from 00:00 to 23:59"),
          error("1 of jan,april,july"));
    }
  }

  /** ordinals := "every" | ordinal ( "," ordinal )* */
  @Nested
  class Ordinals {
    @Test
    void everyMeansAllFive() {
      assertEquals(new Weekdays(new TreeSet<>(Set.of(1, 2, 3, 4, 5)), EnumSet.of(DayOfWeek.MONDAY)),
          specific("every monday 09:00").days());
    }

    @Test
    void listWithCommasAndOptionalSpaces() {
      Weekdays expected = new Weekdays(new TreeSet<>(Set.of(1, 2, 4)), EnumSet.of(DayOfWeek.FRIDAY));
      assertEquals(expected, specific("1st,2nd,4th fri 09:00").days());
      assertEquals(expected, specific("1st , 2nd,  4th fri 09:00").days());
    }

    @Test
    void everyCannotBeFollowedByAnOrdinal() {
      assertEquals(6, error("every 2nd monday 09:00").offset());
    }
  }

  /** ordinal := "1st" | "first" | ... | "5th" | "fifth" */
  @ParameterizedTest
  @CsvSource({"1st, 1", "first, 1", "2nd, 2", "second, 2", "3rd, 3", "third, 3", "4th, 4", "fourth, 4", "5th, 5", "fifth, 5"})
  void ordinal(String word, int value) {
    Weekdays days = (Weekdays) specific(word + " wed 09:00").days();
    assertEquals(Set.of(value), days.ordinals());
  }

  /** weekdays := "day" | weekday ( "," weekday )* */
  @Nested
  class WeekdayList {
    @Test
    void everyDayIsEveryDay() {
      assertEquals(new Weekdays(new TreeSet<>(Set.of(1, 2, 3, 4, 5)), EnumSet.allOf(DayOfWeek.class)),
          specific("every day 00:00").days());
    }

    @Test
    void ordinalDayIsADayOfTheMonth() {
      // groc: "<ordinal> day" means that day of the month, not every day of that week.
      assertEquals(new MonthDays(new TreeSet<>(Set.of(2))), specific("2nd day of month 09:00").days());
    }

    @Test
    void list() {
      assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
          ((Weekdays) specific("every mon,wed,fri 09:00").days()).weekdays());
    }
  }

  /** weekday := "mon"["day"] | ... | "sun"["day"] */
  @ParameterizedTest
  @CsvSource({"mon, MONDAY", "monday, MONDAY", "tue, TUESDAY", "tuesday, TUESDAY", "wed, WEDNESDAY",
      "wednesday, WEDNESDAY", "thu, THURSDAY", "thursday, THURSDAY", "fri, FRIDAY", "friday, FRIDAY",
      "sat, SATURDAY", "saturday, SATURDAY", "sun, SUNDAY", "sunday, SUNDAY"})
  void weekday(String word, DayOfWeek day) {
    assertEquals(Set.of(day), ((Weekdays) specific("every " + word + " 09:00").days()).weekdays());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tues", "thur", "thurs", "weds", "mond", "mondays", "su"})
  void otherWeekdaySpellingsAreRejected(String word) {
    assertEquals(6, error("every " + word + " 09:00").offset());
  }

  /** monthdays := NUMBER ( "," NUMBER )* */
  @Test
  void monthdays() {
    assertEquals(new MonthDays(new TreeSet<>(Set.of(1, 8, 15, 22))), specific("1,8,15,22 of month 09:00").days());
    assertEquals(new MonthDays(new TreeSet<>(Set.of(31))), specific("31 of month 09:00").days());
    assertEquals(new MonthDays(new TreeSet<>(Set.of(1))), specific("01 of month 09:00").days());
  }

  /** monthspec := "month" | month ( "," month )* */
  @Test
  void monthspec() {
    assertEquals(EnumSet.allOf(Month.class), specific("every mon of month 09:00").months());
    assertEquals(EnumSet.of(Month.JANUARY, Month.JUNE), specific("every wed,fri of jan,jun 13:15").months());
  }

  /** month := "jan"["uary"] | ... | "may" | ... | "dec"["ember"] */
  @ParameterizedTest
  @CsvSource({"jan, JANUARY", "january, JANUARY", "feb, FEBRUARY", "february, FEBRUARY", "mar, MARCH",
      "march, MARCH", "apr, APRIL", "april, APRIL", "may, MAY", "jun, JUNE", "june, JUNE", "jul, JULY",
      "july, JULY", "aug, AUGUST", "august, AUGUST", "sep, SEPTEMBER", "september, SEPTEMBER",
      "oct, OCTOBER", "october, OCTOBER", "nov, NOVEMBER", "november, NOVEMBER", "dec, DECEMBER",
      "december, DECEMBER"})
  void month(String word, Month month) {
    assertEquals(Set.of(month), specific("1 of " + word + " 09:00").months());
  }

  /** quarterspec := "quarter" | qordinal ( "," qordinal )* "month" "of" "quarter" */
  @Nested
  class Quarterspec {
    @Test
    void quarterMeansTheFirstMonthOfEachQuarter() {
      assertEquals(QUARTER_STARTS, specific("first sunday of quarter 00:00").months());
    }

    @Test
    void monthsOfQuarter() {
      assertEquals(EnumSet.of(Month.FEBRUARY, Month.MAY, Month.AUGUST, Month.NOVEMBER),
          specific("1 of 2nd month of quarter 09:00").months());
      assertEquals(EnumSet.complementOf(EnumSet.copyOf(QUARTER_STARTS)),
          specific("15 of second,3rd month of quarter 09:00").months());
    }

    @Test
    void allThreeWordsAreRequired() {
      assertEquals(9, error("1 of 2nd of quarter 09:00").offset());
      assertEquals(15, error("1 of 2nd month quarter 09:00").offset());
      assertEquals(18, error("1 of 2nd month of month 09:00").offset());
    }
  }

  /** qordinal := "1st" | "first" | "2nd" | "second" | "3rd" | "third" */
  @ParameterizedTest
  @CsvSource({"1st, JANUARY", "first, JANUARY", "2nd, FEBRUARY", "second, FEBRUARY", "3rd, MARCH", "third, MARCH"})
  void qordinal(String word, Month firstQuarterMonth) {
    assertTrue(specific("1 of " + word + " month of quarter 09:00").months().contains(firstQuarterMonth));
  }

  /** NUMBER := 1 to 5 decimal digits */
  @Test
  void number() {
    assertEquals(99999, interval("every 99999 minutes").interval());
    assertEquals(5, interval("every 00005 minutes").interval());
    assertEquals(6, error("every 100000 minutes").offset());
  }

  /** TIME := D ":" [0-5] D | ( "0" D | "1" D | "2" [0-3] ) ":" [0-5] D */
  @Nested
  class Time {
    @ParameterizedTest
    @CsvSource({"00:00, 0, 0", "0:00, 0, 0", "9:00, 9, 0", "09:05, 9, 5", "12:30, 12, 30", "19:59, 19, 59",
        "23:59, 23, 59"})
    void valid(String time, int hour, int minute) {
      assertEquals(LocalTime.of(hour, minute), specific("every day " + time).time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "23:60", "9:60", "25:00", "009:00", "9:0", "09:000", "9.00", "9am", "0900", "9"})
    void invalid(String time) {
      ParseError e = error("every day " + time);
      assertEquals(10, e.offset());
      assertEquals(time.length(), e.length());
      assertTrue(e.message().startsWith("invalid time '" + time + "'"), e.message());
    }
  }

  @Nested
  class Lexing {
    @Test
    void keywordsAreLowerCaseOnly() {
      assertEquals(0, error("Every Monday 09:00").offset());
      assertEquals(6, error("every Monday 09:00").offset());
      assertEquals(8, error("every 5 MINUTES").offset());
    }

    @Test
    void tabsAndLineBreaksSeparateWords() {
      assertEquals(parsed("every mon,wed 09:00"), parsed("every\tmon ,\r\nwed\n09:00"));
    }

    @Test
    void gluedTokensAreSplitLikeGrocsLexer() {
      assertEquals(parsed("every day 09:00"), parsed("everyday 09:00"));
      assertEquals(parsed("every 5 minutes"), parsed("every 5minutes"));
      assertEquals(parsed("1st monday of month 09:00"), parsed("1stmonday of month 09:00"));
    }

    @Test
    void otherSpacesAreNotSeparators() {
      assertEquals(new ParseError(5, 1,
          "unexpected character U+00A0 (no-break space); expected a plain space between words"),
          error("every\u00a05 minutes"));
    }
  }

  /** Every valid schedule of spec §4.2 (checked there with Google's parser). */
  @ParameterizedTest
  @ValueSource(strings = {
      "every 5 minutes", "every 5 mins", "every 1 mins",
      "every 1 hours", "every 24 hours", "every 48 hours",
      "every 2 hours synchronized", "every 15 mins synchronized",
      "every 5 minutes from 10:00 to 14:00",
      "every day 00:00", "every day 9:00", "every day 23:59",
      "every monday 09:00", "every mon,wed 09:00", "every sunday 00:00",
      "1st,3rd tuesday 09:00", "2nd,third mon of month 09:00",
      "2nd wednesday of march 17:00", "1st,second mon,wed,fri of may 10:00",
      "1,8,15,22 of month 09:00", "1,15 of month 9:00", "1 of jan,april,july,oct 00:00",
      "4th friday of month 09:00", "fourth friday of month 09:00", "5th friday of month 09:00",
      "1st monday of quarter 09:00", "1 of 2nd month of quarter 09:00",
      "1,30 of feb 09:00"})
  void specValidExamples(String text) {
    parsed(text);
  }

  /** Schedules from the cron.yaml files of the shared corpus. */
  @ParameterizedTest
  @ValueSource(strings = {
      "every 1 hours", "every 1 minutes", "every 15 minutes", "every 3 hours", "every 30 minutes",
      "every 4 hours", "every 5 minutes", "every 7 minutes", "every 24 hours", "every day 01:00",
      "every day 01:47", "every day 03:00", "every day 04:30", "every day 05:00", "every day 07:00",
      "every day 09:00", "every day 18:30", "every day 19:00"})
  void corpusSchedules(String text) {
    parsed(text);
  }
}
