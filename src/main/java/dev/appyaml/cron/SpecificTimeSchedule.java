package dev.appyaml.cron;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A schedule that runs at one time of day on selected days: {@code every monday 09:00}, {@code
 * 1st,3rd mon of sep,oct,nov 17:00}, {@code 1,15 of month 09:00}, {@code every day 00:00}.
 *
 * @param days which days of a selected month run
 * @param months the selected months (all twelve when no {@code of …} was written)
 * @param time the local time of day
 */
public record SpecificTimeSchedule(Days days, Set<Month> months, LocalTime time) implements Schedule {

  /** How far ahead {@link #nextRuns} looks for a matching day before giving up. */
  private static final int SEARCH_MONTHS = 400 * 12;

  public SpecificTimeSchedule {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(time, "time");
    if (months.isEmpty()) {
      throw new IllegalArgumentException("at least one month is required");
    }
    months = Collections.unmodifiableSet(EnumSet.copyOf(months));
  }

  /** Which days of a month run. */
  public sealed interface Days permits Weekdays, MonthDays {}

  /**
   * The {@code ordinals}-th (1 to 5) {@code weekdays} of the month; {@code every mon} means all
   * five ordinals, {@code every day} all ordinals of all weekdays.
   */
  public record Weekdays(SortedSet<Integer> ordinals, Set<DayOfWeek> weekdays) implements Days {
    public Weekdays {
      if (ordinals.isEmpty() || weekdays.isEmpty()) {
        throw new IllegalArgumentException("ordinals and weekdays must not be empty");
      }
      if (ordinals.first() < 1 || ordinals.last() > 5) {
        throw new IllegalArgumentException("ordinals must be 1 to 5: " + ordinals);
      }
      ordinals = Collections.unmodifiableSortedSet(new TreeSet<>(ordinals));
      weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }
  }

  /**
   * Days of the month, 1 to 31 ({@code 1,15 of month}, or {@code 1st,3rd day}); days that a month
   * does not have are skipped in that month.
   */
  public record MonthDays(SortedSet<Integer> days) implements Days {
    public MonthDays {
      if (days.isEmpty()) {
        throw new IllegalArgumentException("days must not be empty");
      }
      if (days.first() < 1 || days.last() > 31) {
        throw new IllegalArgumentException("days must be 1 to 31: " + days);
      }
      days = Collections.unmodifiableSortedSet(new TreeSet<>(days));
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Daylight-saving changes follow Google's scheduler (groc): on a day when the local time does
   * not exist (spring forward) that day has no run; when it exists twice (fall back) the job runs
   * at both instants.
   */
  @Override
  public List<ZonedDateTime> nextRuns(ZonedDateTime after, int count) {
    Objects.requireNonNull(after, "after");
    List<ZonedDateTime> runs = new ArrayList<>(Math.max(0, Math.min(count, 1024)));
    ZonedDateTime t = after;
    try {
      while (runs.size() < count) {
        ZonedDateTime next = nextRun(t);
        if (next == null) {
          break;
        }
        runs.add(next);
        t = next;
      }
    } catch (DateTimeException | ArithmeticException endOfTime) {
      // Past the largest date java.time supports: return what there is.
    }
    return List.copyOf(runs);
  }

  /** The first run strictly after {@code after}, or null when none is found within the search horizon. */
  private ZonedDateTime nextRun(ZonedDateTime after) {
    ZoneId zone = after.getZone();
    LocalDateTime start = after.toLocalDateTime();
    YearMonth month = YearMonth.from(start);
    for (int i = 0; i <= SEARCH_MONTHS && month.getYear() < Year.MAX_VALUE; i++, month = month.plusMonths(1)) {
      if (!months.contains(month.getMonth())) {
        continue;
      }
      for (int day : matchingDays(month)) {
        if (i == 0 && day < start.getDayOfMonth()) {
          continue;
        }
        ZonedDateTime run = resolve(month.atDay(day).atTime(time), zone, after);
        if (run != null && run.isAfter(after)) {
          return run;
        }
      }
    }
    return null;
  }

  /**
   * The instant of a local run time: none inside a spring-forward gap; in a fall-back overlap the
   * earlier instant unless {@code after} is not before it, then the later one.
   */
  private static ZonedDateTime resolve(LocalDateTime local, ZoneId zone, ZonedDateTime after) {
    List<?> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      return null;
    }
    if (offsets.size() == 1) {
      return ZonedDateTime.ofLocal(local, zone, null);
    }
    ZoneOffsetTransition overlap = zone.getRules().getTransition(local);
    ZonedDateTime earlier = ZonedDateTime.ofLocal(local, zone, overlap.getOffsetBefore());
    return after.isBefore(earlier) ? earlier : ZonedDateTime.ofLocal(local, zone, overlap.getOffsetAfter());
  }

  /** Days of {@code month} that run, ascending. */
  private List<Integer> matchingDays(YearMonth month) {
    int length = month.lengthOfMonth();
    SortedSet<Integer> out = new TreeSet<>();
    if (days instanceof MonthDays md) {
      out.addAll(md.days().headSet(length + 1));
    } else if (days instanceof Weekdays wd) {
      int firstWeekday = month.atDay(1).getDayOfWeek().getValue();
      for (int ordinal : wd.ordinals()) {
        for (DayOfWeek weekday : wd.weekdays()) {
          int day = Math.floorMod(weekday.getValue() - firstWeekday, 7) + 1 + 7 * (ordinal - 1);
          if (day <= length) {
            out.add(day);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String describe() {
    return Describer.describe(this);
  }
}
