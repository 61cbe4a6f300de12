package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The run's "today" (the default of --as-of) is LocalDate.now()'s, in every time zone. */
class TodayTest {

  @Test
  void todayIsTheLocalDateInTheDefaultZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone : new String[] {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "America/St_Johns"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        LocalDate before = LocalDate.now();
        LocalDate today = Main.Environment.localToday();
        LocalDate after = LocalDate.now();
        assertTrue(today.equals(before) || today.equals(after), zone + ": " + today + " against " + before);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
