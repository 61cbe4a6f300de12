package dev.appyaml.cron;

import java.util.Objects;

/** A schedule that follows the App Engine {@code cron.yaml} grammar and passes its semantic checks. */
public record Parsed(Schedule schedule) implements ParseResult {
  public Parsed {
    Objects.requireNonNull(schedule, "schedule");
  }
}
