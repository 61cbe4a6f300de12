package dev.appyaml.cron;

/** Unit of an interval schedule: {@code mins}/{@code minutes} or {@code hours}. */
public enum IntervalUnit {
  MINUTES(60, "minute"),
  HOURS(3600, "hour");

  private final int seconds;
  private final String singular;

  IntervalUnit(int seconds, String singular) {
    this.seconds = seconds;
    this.singular = singular;
  }

  /** Length of one unit in seconds. */
  public int seconds() {
    return seconds;
  }

  String singular() {
    return singular;
  }

  String plural() {
    return singular + "s";
  }
}
