package dev.appyaml.cron;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/** Builds {@link SpecificTimeSchedule#describe()}. */
final class Describer {

  private Describer() {}

  static String describe(SpecificTimeSchedule s) {
    boolean allMonths = s.months().size() == 12;
    String ofMonths = allMonths ? "" : " of " + Text.and(s.months().stream().map(Describer::name).toList());
    String at = " at " + Text.time(s.time());
    if (s.days() instanceof SpecificTimeSchedule.MonthDays md) {
      List<String> days = md.days().stream().map(String::valueOf).toList();
      String of = allMonths ? " of every month" : ofMonths;
      return (days.size() == 1 ? "day " : "days ") + Text.and(days) + of + at;
    }
    SpecificTimeSchedule.Weekdays wd = (SpecificTimeSchedule.Weekdays) s.days();
    boolean everyOrdinal = wd.ordinals().size() == 5;
    if (everyOrdinal && wd.weekdays().size() == 7) {
      return "every day" + ofMonths + at;
    }
    String weekdays = Text.and(wd.weekdays().stream().map(Describer::name).toList());
    if (everyOrdinal) {
      return "every " + weekdays + ofMonths + at;
    }
    String ordinals = Text.and(wd.ordinals().stream().map(Describer::ordinal).toList());
    String of = allMonths ? " of every month" : ofMonths;
    return "the " + ordinals + " " + weekdays + of + at;
  }

  private static String name(Month m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  private static String name(DayOfWeek d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 1 -> "1st";
      case 2 -> "2nd";
      case 3 -> "3rd";
      default -> n + "th";
    };
  }
}
