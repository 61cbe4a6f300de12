package dev.appyaml.cron;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/** Turning local dates and times into instants the way Google's scheduler (groc) does. */
final class ZoneTimes {

  private ZoneTimes() {}

  /**
   * Local {@code date} at {@code time} in {@code zone}. In a fall-back overlap the earlier instant
   * is used; a time inside a spring-forward gap becomes the first minute after the gap (so a window
   * {@code from 02:15 to 02:45} starts at 03:00 on that day).
   */
  static ZonedDateTime atStartOfGapOrEarlier(LocalDate date, LocalTime time, ZoneId zone) {
    LocalDateTime local = date.atTime(time);
    ZoneRules rules = zone.getRules();
    if (rules.getValidOffsets(local).isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return gap.getInstant().atZone(zone);
    }
    return ZonedDateTime.ofLocal(local, zone, null);
  }

  /** The latest instant not after {@code t} whose local time is {@code time} (see above for DST). */
  static ZonedDateTime previousAt(ZonedDateTime t, LocalTime time) {
    LocalDate date = t.toLocalDate();
    while (true) {
      ZonedDateTime candidate = atStartOfGapOrEarlier(date, time, t.getZone());
      if (!candidate.isAfter(t)) {
        return candidate;
      }
      date = date.minusDays(1);
    }
  }

  /** The earliest instant after {@code t} whose local time is {@code time} (see above for DST). */
  static ZonedDateTime nextAt(ZonedDateTime t, LocalTime time) {
    LocalDate date = t.toLocalDate();
    while (true) {
      ZonedDateTime candidate = atStartOfGapOrEarlier(date, time, t.getZone());
      if (candidate.isAfter(t)) {
        return candidate;
      }
      date = date.plusDays(1);
    }
  }
}
