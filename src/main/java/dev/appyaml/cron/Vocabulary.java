package dev.appyaml.cron;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words of the schedule grammar. They are matched case-sensitively, in lower case only. */
final class Vocabulary {

  /** A word's kind and value. */
  record Entry(Token.Kind kind, int value) {}

  static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");

  /** Every fixed word: keywords, ordinals, weekday and month names (full and three-letter). */
  static final Map<String, Entry> WORDS = build();

  private Vocabulary() {}

  private static Map<String, Entry> build() {
    Map<String, Entry> w = new LinkedHashMap<>();
    w.put("every", new Entry(Token.Kind.EVERY, 0));
    w.put("synchronized", new Entry(Token.Kind.SYNCHRONIZED, 0));
    w.put("from", new Entry(Token.Kind.FROM, 0));
    w.put("to", new Entry(Token.Kind.TO, 0));
    w.put("of", new Entry(Token.Kind.OF, 0));
    w.put("day", new Entry(Token.Kind.DAY, 0));
    w.put("month", new Entry(Token.Kind.MONTH, 0));
    w.put("quarter", new Entry(Token.Kind.QUARTER, 0));
    w.put("hours", new Entry(Token.Kind.HOURS, 0));
    w.put("mins", new Entry(Token.Kind.MINUTES, 0));
    w.put("minutes", new Entry(Token.Kind.MINUTES, 0));
    String[][] ordinals = {{"1st", "first"}, {"2nd", "second"}, {"3rd", "third"}, {"4th", "fourth"}, {"5th", "fifth"}};
    for (int i = 0; i < ordinals.length; i++) {
      for (String o : ordinals[i]) {
        w.put(o, new Entry(Token.Kind.ORDINAL, i + 1));
      }
    }
    for (int i = 0; i < WEEKDAYS.size(); i++) {
      String full = WEEKDAYS.get(i);
      w.put(full.substring(0, 3), new Entry(Token.Kind.WEEKDAY, i + 1));
      w.put(full, new Entry(Token.Kind.WEEKDAY, i + 1));
    }
    for (int i = 0; i < MONTHS.size(); i++) {
      String full = MONTHS.get(i);
      w.put(full.substring(0, 3), new Entry(Token.Kind.MONTH_NAME, i + 1));
      w.put(full, new Entry(Token.Kind.MONTH_NAME, i + 1));
    }
    return Collections.unmodifiableMap(w);
  }
}
