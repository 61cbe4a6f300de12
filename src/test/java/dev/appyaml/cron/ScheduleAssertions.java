package dev.appyaml.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared helpers for the cron schedule tests. */
final class ScheduleAssertions {

  private ScheduleAssertions() {}

  static Schedule parsed(String text) {
    ParseResult result = CronSchedule.parse(text);
    if (result instanceof Parsed p) {
      return p.schedule();
    }
    ParseError e = (ParseError) result;
    return fail("expected '" + text + "' to parse, got error at " + e.offset() + ": " + e.message());
  }

  static ParseError error(String text) {
    ParseResult result = CronSchedule.parse(text);
    if (result instanceof ParseError e) {
      return e;
    }
    return fail("expected '" + text + "' to be rejected, got " + ((Parsed) result).schedule());
  }

  static void assertError(String text, int offset, int length, String message) {
    ParseError e = error(text);
    assertEquals(new ParseError(offset, length, message), e, () -> "for '" + text + "'");
  }

  static IntervalSchedule interval(String text) {
    Schedule s = parsed(text);
    if (s instanceof IntervalSchedule i) {
      return i;
    }
    return fail("expected an interval schedule for '" + text + "', got " + s);
  }

  static SpecificTimeSchedule specific(String text) {
    Schedule s = parsed(text);
    if (s instanceof SpecificTimeSchedule t) {
      return t;
    }
    return fail("expected a specific-time schedule for '" + text + "', got " + s);
  }
}
