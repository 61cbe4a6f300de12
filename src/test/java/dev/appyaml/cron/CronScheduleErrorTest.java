package dev.appyaml.cron;

import static dev.appyaml.cron.ScheduleAssertions.assertError;
import static dev.appyaml.cron.ScheduleAssertions.error;
import static dev.appyaml.cron.ScheduleAssertions.parsed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rejected schedules: offset and length of the offending word, and the message. */
class CronScheduleErrorTest {

  /** Every invalid schedule of spec §4.2 (checked there with Google's parser). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      every 1 hour                                     |  8 |  4 | unknown unit 'hour'; expected minutes or hours (did you mean 'hours')
      every 7 hours synchronized                       |  6 |  7 | synchronized period '7 hours' does not divide 24 hours evenly; expected 1, 2, 3, 4, 6, 8, 12 or 24 hours
      every 7 minutes synchronized                     |  6 |  9 | synchronized period '7 minutes' does not divide 24 hours evenly; expected a number of minutes that divides 1440, such as 5, 10, 15, 20, 30 or 60
      every 25 hours synchronized                      |  6 |  8 | synchronized period '25 hours' does not divide 24 hours evenly; expected 1, 2, 3, 4, 6, 8, 12 or 24 hours
      every 5 minutes synchronized from 10:00 to 11:00 | 29 |  4 | 'from' cannot be combined with synchronized; expected end of schedule
      every day 24:00                                  | 10 |  5 | invalid time '24:00'; expected HH:MM from 00:00 to 23:59
      Every Monday 09:00                               |  0 |  5 | keyword 'Every' must be written in lower case; expected every
      1st,3rd tuesday                                  |  8 |  7 | missing time after 'tuesday'; expected of or a time HH:MM such as 09:00
      2nd monday,thu                                   | 11 |  3 | missing time after 'thu'; expected of or a time HH:MM such as 09:00
      30 of feb 09:00                                  |  0 |  2 | day 30 does not exist in february; expected a day from 1 to 29
      31st of month 09:00                              |  0 |  4 | ordinal '31st' is out of range; expected 1st to 5th (for a day of the month write 31 of month)
      every 6 hours mon,wed,fri                        | 14 |  3 | weekday 'mon' cannot follow an interval, which runs every day; expected from, synchronized or end of schedule
      every 0 minutes                                  |  6 |  1 | interval '0' is zero; expected a number from 1 to 99999
      every 100000 minutes                             |  6 |  6 | interval '100000' has more than 5 digits; expected a number from 1 to 99999
      9:00                                             |  0 |  4 | time '9:00' has no days before it; expected for example every day 9:00
      */5 * * * *                                      |  0 | 11 | unix cron syntax '*/5 * * * *' is not supported; expected a schedule such as every 5 minutes or every day 09:00
      """)
  void specInvalidExamples(String text, int offset, int length, String message) {
    assertError(text, offset, length, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      every fortnight on blursday                   |  6 |  9 | unknown word 'fortnight'; expected a number, day or a weekday such as monday
      every 2 fortnight                             |  8 |  9 | unknown unit 'fortnight'; expected minutes or hours (for a daily or rarer run use a time of day, for example every day 09:00)
      every 30 seconds                              |  9 |  7 | unknown unit 'seconds'; expected minutes or hours (the shortest interval is 1 minute)
      every 5                                       |  6 |  1 | missing unit after '5'; expected minutes or hours
      every                                         |  0 |  5 | missing number or weekday after 'every'; expected a number, day or a weekday such as monday
      every 1 minute                                |  8 |  6 | unknown unit 'minute'; expected minutes or hours (did you mean 'minutes')
      every 5 hrs                                   |  8 |  3 | unknown unit 'hrs'; expected minutes or hours (did you mean 'hours')
      every 5 MINUTES                               |  8 |  7 | keyword 'MINUTES' must be written in lower case; expected minutes
      every 5 minutes from 10:00                    | 21 |  5 | missing 'to' after '10:00'; expected to HH:MM
      every 5 minutes from 10:00 until 11:00        | 27 |  5 | unknown word 'until'; expected to HH:MM (did you mean 'to')
      every 5 minutes from 10:00 to 24:00           | 30 |  5 | invalid time '24:00'; expected HH:MM from 00:00 to 23:59
      every 5 minutes from 9am to 5pm               | 21 |  3 | invalid time '9am'; expected HH:MM from 00:00 to 23:59
      every 5 minutes from 10:00 to 11:00 synchronized | 36 | 12 | 'synchronized' cannot be combined with from … to; expected end of schedule
      every 5 minutes to 10:00                      | 16 |  2 | unexpected 'to'; expected from, synchronized or end of schedule
      every 5 minutes synchronised                  | 16 | 12 | unknown word 'synchronised'; expected from, synchronized or end of schedule (did you mean 'synchronized')
      every 5 minutes of month                      | 16 |  2 | 'of' cannot follow an interval, which runs every day; expected from, synchronized or end of schedule
      every 2 hours synchronized now                | 27 |  3 | unknown word 'now'; expected end of schedule
      every 2nd monday 09:00                        |  6 |  3 | unexpected ordinal '2nd' after every; expected a number, day or a weekday such as monday (write 2nd monday without every)
      every mondy 09:00                             |  6 |  5 | unknown word 'mondy'; expected a number, day or a weekday such as monday (did you mean 'monday')
      1st blursday 09:00                            |  4 |  8 | unknown weekday 'blursday'; expected a weekday such as mon or monday, or day (did you mean 'thursday')
      1st,3rd 09:00                                 |  8 |  5 | unexpected time '09:00'; expected a weekday such as mon or monday, or day
      1st,sixth mon 09:00                           |  4 |  5 | unknown ordinal 'sixth'; expected an ordinal from 1st to 5th or first to fifth
      6th mon 09:00                                 |  0 |  3 | ordinal '6th' is out of range; expected 1st to 5th (for a day of the month write 6 of month)
      every mon, 09:00                              | 11 |  5 | unexpected time '09:00'; expected a weekday such as mon or monday
      every monday on jan 09:00                     | 13 |  2 | unknown word 'on'; expected of or a time HH:MM such as 09:00 (did you mean 'of')
      every day 09:00 17:00                         | 16 |  5 | unexpected time '17:00'; expected end of schedule (a schedule has one time of day)
      every day 09:00,17:00                         | 15 |  1 | unexpected ','; expected end of schedule (a schedule has one time of day)
      every day 9                                   | 10 |  1 | invalid time '9'; expected HH:MM from 00:00 to 23:59
      2nd monday of sept 09:00                      | 14 |  4 | unknown month 'sept'; expected month, quarter, a month name such as jan or january, or 1st to 3rd month of quarter (did you mean 'sep')
      1 of jan,foo 09:00                            |  9 |  3 | unknown month 'foo'; expected a month name such as jan or january
      1 of 4th month of quarter 09:00               |  5 |  3 | ordinal '4th' cannot select a month of a quarter; expected 1st, 2nd or 3rd
      1 of 2nd month of year 09:00                  | 18 |  4 | unknown word 'year'; expected quarter
      1,15 09:00                                    |  5 |  5 | unexpected time '09:00'; expected of month, of a month name or of quarter
      1,,15 of month 09:00                          |  2 |  1 | unexpected ','; expected a day of the month from 1 to 31
      0 of month 09:00                              |  0 |  1 | day of month '0' is out of range; expected 1 to 31
      1,32 of month 09:00                           |  2 |  2 | day of month '32' is out of range; expected 1 to 31
      31 of feb,apr 09:00                           |  0 |  2 | day 31 does not exist in february and april; expected a day from 1 to 30
      31,30 of feb 09:00                            |  3 |  2 | day 30 does not exist in february; expected a day from 1 to 29
      @daily                                        |  0 |  6 | unix cron shortcut '@daily' is not supported; expected a schedule such as every 5 minutes or every day 09:00
      0 9 * * 1-5                                   |  0 | 11 | unix cron syntax '0 9 * * 1-5' is not supported; expected a schedule such as every 5 minutes or every day 09:00
      daily                                         |  0 |  5 | unknown word 'daily'; expected every, an ordinal such as 1st or a day of the month such as 15
      """)
  void otherErrors(String text, int offset, int length, String message) {
    assertError(text, offset, length, message);
  }

  @Test
  void syntaxErrorsWinOverSemanticOnes() {
    // As in groc: the whole schedule is parsed before the interval is checked.
    assertEquals(16, error("every 0 minutes mon").offset());
  }

  @Test
  void smallestListedDayDecides() {
    parsed("1,30 of feb 09:00");
    parsed("30 of feb,apr 09:00");
    assertEquals(0, error("30,31 of feb 09:00").offset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"every 1 hours synchronized", "every 3 hours synchronized", "every 24 hours synchronized",
      "every 1 mins synchronized", "every 90 minutes synchronized", "every 1440 minutes synchronized"})
  void synchronizedPeriodsThatDivideTheDay(String text) {
    parsed(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"every 5 hours synchronized", "every 48 hours synchronized", "every 2880 minutes synchronized",
      "every 7 minutes synchronized"})
  void synchronizedPeriodsThatDoNotDivideTheDay(String text) {
    assertTrue(error(text).message().startsWith("synchronized period"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "every 1 hour", "Every Monday 09:00", "every day 24:00", "*/5 * * * *", "every 0 minutes",
      "1st,3rd tuesday", "every fortnight on blursday", "30 of feb 09:00", "  ", "every monday on jan 09:00"})
  void messagesFollowTheHouseStyle(String text) {
    String m = error(text).message();
    assertFalse(m.endsWith("."), m);
    assertTrue(Character.isLowerCase(m.charAt(0)), m);
    assertTrue(m.contains("; expected "), m);
  }

  @Test
  void errorRangeLiesInsideTheText() {
    for (String text : new String[] {"every", "every 5", "1st,3rd tuesday", "every 5 minutes from 10:00", "  x  "}) {
      ParseError e = error(text);
      assertTrue(e.offset() + e.length() <= text.length(), text);
      assertTrue(e.length() > 0, text);
    }
  }
}
