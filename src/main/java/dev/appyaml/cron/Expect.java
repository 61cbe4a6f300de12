package dev.appyaml.cron;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parser accepts at one point, for error messages.
 *
 * @param category what an unknown word there would be ("unit", "weekday", "time", or "word")
 * @param missing what is missing when the schedule ends there
 * @param expected what is expected, in words
 * @param candidates words to suggest for a misspelling
 */
record Expect(String category, String missing, String expected, List<String> candidates) {

  private static final List<String> WEEKDAY_WORDS = words(Vocabulary.WEEKDAYS);
  private static final List<String> MONTH_WORDS = words(Vocabulary.MONTHS);
  private static final List<String> ORDINAL_WORDS =
      List.of("1st", "first", "2nd", "second", "3rd", "third", "4th", "fourth", "5th", "fifth");

  static final Expect START =
      new Expect("word", "schedule", "every, an ordinal such as 1st or a day of the month such as 15",
          List.of("every", "first", "second", "third", "fourth", "fifth"));
  static final Expect AFTER_EVERY =
      new Expect("word", "number or weekday", "a number, day or a weekday such as monday",
          concat(List.of("day"), WEEKDAY_WORDS));
  static final Expect UNIT =
      new Expect("unit", "unit", "minutes or hours", List.of("hours", "mins", "minutes"));
  static final Expect AFTER_INTERVAL =
      new Expect("word", "", "from, synchronized or end of schedule", List.of("from", "synchronized"));
  static final Expect END_OF_INTERVAL = new Expect("word", "", "end of schedule", List.of());
  static final Expect TIME = new Expect("time", "time", "HH:MM from 00:00 to 23:59", List.of());
  static final Expect TO = new Expect("word", "'to'", "to HH:MM", List.of("to"));
  static final Expect ORDINAL =
      new Expect("ordinal", "ordinal", "an ordinal from 1st to 5th or first to fifth", ORDINAL_WORDS);
  static final Expect WEEKDAY_OR_DAY =
      new Expect("weekday", "weekday", "a weekday such as mon or monday, or day", concat(List.of("day"), WEEKDAY_WORDS));
  static final Expect WEEKDAY =
      new Expect("weekday", "weekday", "a weekday such as mon or monday", WEEKDAY_WORDS);
  static final Expect OF_OR_TIME =
      new Expect("time", "time", "of or a time HH:MM such as 09:00", List.of("of"));
  static final Expect MONTH_DAY =
      new Expect("day of month", "day of month", "a day of the month from 1 to 31", List.of());
  static final Expect OF_AFTER_DAYS =
      new Expect("word", "'of'", "of month, of a month name or of quarter", List.of("of"));
  static final Expect MONTHS =
      new Expect("month", "month", "month, quarter, a month name such as jan or january, or 1st to 3rd month of quarter",
          concat(List.of("month", "quarter"), MONTH_WORDS));
  static final Expect MONTH =
      new Expect("month", "month", "a month name such as jan or january", MONTH_WORDS);
  static final Expect QUARTER_ORDINAL =
      new Expect("ordinal", "ordinal", "1st, 2nd or 3rd", ORDINAL_WORDS.subList(0, 6));
  static final Expect MONTH_OF_QUARTER = new Expect("word", "'month'", "month of quarter", List.of("month"));
  static final Expect OF_QUARTER = new Expect("word", "'of'", "of quarter", List.of("of"));
  static final Expect QUARTER = new Expect("word", "'quarter'", "quarter", List.of("quarter"));
  static final Expect END_OF_SCHEDULE =
      new Expect("word", "", "end of schedule (a schedule has one time of day)", List.of());

  boolean wantsTime() {
    return category.equals("time");
  }

  /** Full names and their three-letter forms. */
  private static List<String> words(List<String> fullNames) {
    List<String> out = new ArrayList<>();
    for (String name : fullNames) {
      out.add(name);
      if (name.length() > 3) {
        out.add(name.substring(0, 3));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
