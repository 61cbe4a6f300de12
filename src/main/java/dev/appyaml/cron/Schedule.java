package dev.appyaml.cron;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A parsed {@code cron.yaml} schedule: either an {@link IntervalSchedule} ({@code every 5 minutes})
 * or a {@link SpecificTimeSchedule} ({@code every monday 09:00}).
 */
public sealed interface Schedule permits IntervalSchedule, SpecificTimeSchedule {

  /**
   * The next {@code count} run times strictly after {@code after}. Times of day in the schedule are
   * read in the zone of {@code after} (use the job's {@code timezone}, UTC by default), and results
   * are in that zone. Fewer than {@code count} runs are returned when the schedule has no further
   * run within 400 years (for example {@code 2nd sun of mar 02:30} in {@code America/New_York}, a
   * local time that never exists because it falls in the spring-forward gap).
   *
   * @param after the instant to start from, not null
   * @param count how many runs to return; zero or negative yields an empty list
   */
  List<ZonedDateTime> nextRuns(ZonedDateTime after, int count);

  /** A short lower-case English description, for example {@code every monday at 09:00}. */
  String describe();
}
