package dev.appyaml.cron;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The daily window of an interval schedule, {@code from HH:MM to HH:MM}. Both ends are inclusive.
 * A window whose end is earlier than its start runs across midnight.
 */
public record TimeWindow(LocalTime from, LocalTime to) {
  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
