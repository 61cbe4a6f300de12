package dev.appyaml.cron;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code every N (mins|minutes|hours) [from HH:MM to HH:MM | synchronized]}.
 *
 * <p>Without a window or {@code synchronized} the interval is counted from the previous run
 * ("end-time interval"); {@link #nextRuns} then simply adds the period, rounded down to the minute.
 * With a window, or with {@code synchronized} (which means the window {@code 00:00} to {@code
 * 23:59}), runs sit on a fixed grid that restarts at the window's start every day.
 *
 * @param interval the number of units, 1 to 99999
 * @param unit minutes or hours
 * @param window the {@code from … to …} window, if written
 * @param synchronizedToDay whether {@code synchronized} was written
 */
public record IntervalSchedule(
    int interval, IntervalUnit unit, Optional<TimeWindow> window, boolean synchronizedToDay)
    implements Schedule {

  private static final TimeWindow WHOLE_DAY = new TimeWindow(LocalTime.MIDNIGHT, LocalTime.of(23, 59));

  public IntervalSchedule {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(window, "window");
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1");
    }
    if (synchronizedToDay && window.isPresent()) {
      throw new IllegalArgumentException("synchronized cannot be combined with a window");
    }
  }

  /** Length of one period in seconds. */
  public long periodSeconds() {
    return (long) interval * unit.seconds();
  }

  /**
   * Whether runs sit on a fixed daily grid (start-time interval: a window or {@code synchronized})
   * rather than being counted from the end of the previous run.
   */
  public boolean fixedGrid() {
    return synchronizedToDay || window.isPresent();
  }

  @Override
  public List<ZonedDateTime> nextRuns(ZonedDateTime after, int count) {
    Objects.requireNonNull(after, "after");
    List<ZonedDateTime> runs = new ArrayList<>(Math.max(0, Math.min(count, 1024)));
    ZonedDateTime t = after;
    try {
      while (runs.size() < count) {
        t = fixedGrid() ? nextOnGrid(t) : t.plusSeconds(periodSeconds()).truncatedTo(ChronoUnit.MINUTES);
        runs.add(t);
      }
    } catch (DateTimeException | ArithmeticException endOfTime) {
      // Past the largest date java.time supports: return what there is.
    }
    return List.copyOf(runs);
  }

  /** Next grid point after {@code t}: the window start, then every period while inside the window. */
  private ZonedDateTime nextOnGrid(ZonedDateTime t) {
    TimeWindow w = window.orElse(WHOLE_DAY);
    ZonedDateTime windowStart = ZoneTimes.previousAt(t, w.from());
    long elapsed = Duration.between(windowStart, t).getSeconds();
    long period = periodSeconds();
    ZonedDateTime candidate = windowStart.plusSeconds((elapsed / period + 1) * period);
    ZonedDateTime nextWindowStart = ZoneTimes.nextAt(t, w.from());
    if (inWindow(t, w) && inWindow(candidate, w) && candidate.isBefore(nextWindowStart)) {
      return candidate;
    }
    return nextWindowStart;
  }

  /** Whether {@code t} lies inside the window, end inclusive; handles windows across midnight. */
  private static boolean inWindow(ZonedDateTime t, TimeWindow w) {
    ZonedDateTime lastStart = ZoneTimes.previousAt(t, w.from());
    ZonedDateTime lastEnd = ZoneTimes.previousAt(t, w.to());
    return lastStart.isAfter(lastEnd) || t.isEqual(lastEnd);
  }

  @Override
  public String describe() {
    String every = interval == 1 ? "every " + unit.singular() : "every " + interval + " " + unit.plural();
    if (synchronizedToDay) {
      return every + ", aligned to 00:00";
    }
    return window.map(w -> every + " from " + Text.time(w.from()) + " to " + Text.time(w.to())).orElse(every);
  }
}
