package dev.appyaml.cron;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The checks groc makes after parsing (spec CRN-020, CRN-021, CRN-023). */
final class Semantics {

  private static final int MAX_NUMBER_DIGITS = 5;
  private static final long SECONDS_PER_DAY = 86_400;

  private Semantics() {}

  /** CRN-020 and CRN-021, plus the 5-digit limit of the NUMBER token. */
  static void checkInterval(Token number, Token unitToken, IntervalUnit unit, boolean sync) {
    String quoted = Text.quote(number.text());
    if (number.length() > MAX_NUMBER_DIGITS) {
      throw Parser.failure(number, "interval " + quoted + " has more than 5 digits; expected a number from 1 to 99999");
    }
    if (number.value() < 1) {
      throw Parser.failure(number, "interval " + quoted + " is zero; expected a number from 1 to 99999");
    }
    long seconds = (long) number.value() * unit.seconds();
    if (sync && (seconds > SECONDS_PER_DAY || SECONDS_PER_DAY % seconds != 0)) {
      String period = number.text() + " " + unitToken.text();
      String expected = unit == IntervalUnit.HOURS
          ? "1, 2, 3, 4, 6, 8, 12 or 24 hours"
          : "a number of minutes that divides 1440, such as 5, 10, 15, 20, 30 or 60";
      throw new Parser.Failure(new ParseError(number.offset(), unitToken.end() - number.offset(),
          "synchronized period " + Text.quote(period) + " does not divide 24 hours evenly; expected " + expected));
    }
  }

  /**
   * CRN-023: days 1 to 31, and the smallest listed day must exist in at least one listed month
   * (February counted with 29 days). Larger days are then simply skipped in short months.
   */
  static SpecificTimeSchedule.MonthDays checkMonthDays(List<Token> dayTokens, Set<Month> months) {
    SortedSet<Integer> days = new TreeSet<>();
    Token smallest = null;
    for (Token t : dayTokens) {
      if (t.length() > MAX_NUMBER_DIGITS || t.value() < 1 || t.value() > 31) {
        throw Parser.failure(t, "day of month " + Text.quote(t.text()) + " is out of range; expected 1 to 31");
      }
      if (smallest == null || t.value() < smallest.value()) {
        smallest = t;
      }
      days.add(t.value());
    }
    int longest = months.stream().mapToInt(Month::maxLength).max().orElse(31);
    if (smallest.value() > longest) {
      List<String> names = months.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
      throw Parser.failure(smallest, "day " + smallest.value() + " does not exist in " + Text.and(names)
          + "; expected a day from 1 to " + longest);
    }
    return new SpecificTimeSchedule.MonthDays(days);
  }
}
