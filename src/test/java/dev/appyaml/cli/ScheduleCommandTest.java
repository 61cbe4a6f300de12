package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** appyaml schedule: what a schedule means and when it runs next. */
class ScheduleCommandTest {

  @Test
  void oneScheduleInAZone() {
    Cli.Run run = Cli.run("schedule", "every monday 09:00", "--timezone", "Europe/Paris", "--from", "2026-03-20T00:00");
    assertEquals(0, run.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/schedule-one.txt"), run.out());
  }

  @Test
  void everyJobOfACronFile() {
    Cli.Run run = Cli.run("schedule", "--file", "testdata/ok/standard-app/cron.yaml", "--count", "2");
    assertEquals(0, run.exitCode(), run.err());
    Golden.assertMatches(Path.of("testdata/cli/schedule-file.txt"), run.out());
  }

  @Test
  void anInvalidSchedulePointsAtTheWordAndExitsOne() {
    Cli.Run run = Cli.run("schedule", "every fortnight on blursday");
    assertEquals(1, run.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/schedule-invalid.txt"), run.out());
  }

  @Test
  void anUnknownTimeZoneExitsOne() {
    Cli.Run run = Cli.run("schedule", "every 5 minutes", "--timezone", "Mars/Olympus");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("unknown timezone 'Mars/Olympus'"), run.out());
  }

  @Test
  void aLocalTimeThatNeverExistsSaysSo() {
    Cli.Run run = Cli.run("schedule", "2nd sun of mar 02:30", "--timezone", "America/New_York");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("no run in the next 400 years"), run.out());
  }

  @Test
  void scheduleAndFileTogetherIsAUsageError() {
    Cli.Run run = Cli.run("schedule");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: give either a SCHEDULE or --file CRON_YAML\n", run.err());
    assertEquals(2, Cli.run("schedule", "every 5 minutes", "--count", "0").exitCode());
    assertEquals(2, Cli.run("schedule", "every 5 minutes", "--from", "tomorrow").exitCode());
  }

  @Test
  void help() {
    Cli.Run run = Cli.run("schedule", "--help");
    assertEquals(0, run.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/schedule-help.txt"), run.out());
  }
}
