package dev.appyaml.cli;

import dev.appyaml.cron.CronSchedule;
import dev.appyaml.cron.CronTimezones;
import dev.appyaml.cron.ParseError;
import dev.appyaml.cron.Parsed;
import dev.appyaml.cron.ParseResult;
import dev.appyaml.model.CronYaml;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Explains cron schedules: what a schedule means and when it runs next, for one schedule
 * given on the command line or for every job of a {@code cron.yaml}.
 */
@Command(
    name = "schedule",
    description = "Explains cron.yaml schedules and shows their next run times.",
    usageHelpAutoWidth = true,
    footer = {"", "Examples:",
        "  appyaml schedule 'every monday 09:00' --timezone Europe/Paris",
        "  appyaml schedule --file cron.yaml --count 3",
        "", "Exit codes: 0 every schedule is valid, 1 a schedule or time zone is invalid, 2 usage or I/O problem."})
final class ScheduleCommand implements Callable<Integer> {

  private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private final Main.Environment environment;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SCHEDULE", arity = "0..1",
      description = "A schedule such as 'every 5 minutes' or '1st monday of month 09:00'.")
  String schedule;

  @Option(names = "--file", paramLabel = "CRON_YAML", description = "Explain every job of this cron.yaml instead.")
  Path file;

  @Option(names = "--timezone", paramLabel = "TZ", defaultValue = "UTC",
      description = "Time zone of the schedule's times (default: ${DEFAULT-VALUE}); a job's own timezone wins.")
  String timezone;

  @Option(names = "--count", paramLabel = "N", defaultValue = "5",
      description = "How many run times to show (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--from", paramLabel = "YYYY-MM-DDTHH:MM",
      description = "Show runs after this local time (default: the start of today).")
  String from;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  ScheduleCommand(Main.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if ((schedule == null) == (file == null)) {
      throw new Main.UsageException("give either a SCHEDULE or --file CRON_YAML");
    }
    if (count < 1 || count > 100) {
      throw new Main.UsageException("--count " + count + " is out of range; expected 1 to 100");
    }
    LocalDateTime start = start();
    PrintWriter out = spec.commandLine().getOut();
    if (schedule != null) {
      return explain(out, schedule, timezone, start) ? ExitCode.OK : ExitCode.FINDINGS;
    }
    boolean allValid = true;
    for (Located<CronYaml.Job> job : jobs()) {
      CronYaml.Job j = job.value();
      printLine(out, file + ":" + job.range().start().line() + ": " + j.url().map(Located::value).orElse("(no url)")
          + j.description().map(d -> " (" + d.value() + ")").orElse(""));
      Optional<String> text = j.schedule().map(s -> s.value().text());
      if (text.isEmpty()) {
        printLine(out, "  no schedule");
        allValid = false;
      } else {
        allValid &= explain(out, text.get(), j.timezone().map(Located::value).orElse(timezone), start);
      }
    }
    return allValid ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /** Prints what one schedule means and its next runs; false when it is not valid. */
  private boolean explain(PrintWriter out, String text, String tz, LocalDateTime start) {
    Optional<String> zoneProblem = CronTimezones.check(tz);
    if (zoneProblem.isPresent()) {
      printLine(out, "  " + text + ": " + zoneProblem.get());
      return false;
    }
    ParseResult result = CronSchedule.parse(text);
    if (result instanceof ParseError error) {
      printLine(out, "  " + text);
      printLine(out, "  " + " ".repeat(text.codePointCount(0, Math.min(error.offset(), text.length())))
          + "^".repeat(Math.max(1, text.codePointCount(Math.min(error.offset(), text.length()),
              Math.min(error.offset() + error.length(), text.length())))));
      printLine(out, "  " + error.message());
      return false;
    }
    var parsed = ((Parsed) result).schedule();
    ZoneId zone;
    try {
      zone = ZoneId.of(tz.equals("GMT+0") || tz.equals("GMT-0") ? "GMT" : tz, ZoneId.SHORT_IDS);
    } catch (java.time.DateTimeException e) {
      printLine(out, "  " + text + " (" + tz + "): " + parsed.describe() + "; this Java runtime does not know " + tz);
      return true;
    }
    printLine(out, "  " + text + " (" + tz + "): " + parsed.describe());
    List<ZonedDateTime> runs = parsed.nextRuns(start.atZone(zone), count);
    for (ZonedDateTime run : runs) {
      printLine(out, "    " + RUN.format(run));
    }
    if (runs.isEmpty()) {
      printLine(out, "    no run in the next 400 years");
    }
    return true;
  }

  private List<Located<CronYaml.Job>> jobs() {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new Main.UsageException(file + ": cannot read: " + e.getMessage());
    }
    var loaded = Validator.load(file.toString(), bytes, FileKind.CRON, Optional.of(file));
    return loaded.document().root().filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
        .filter(root -> !loaded.document().failed())
        .map(root -> CronYaml.bind(root).jobs())
        .orElseThrow(() -> new Main.UsageException(file + ": not a cron.yaml; run appyaml validate on it"));
  }

  private LocalDateTime start() {
    if (from == null) {
      return environment.today().atStartOfDay();
    }
    try {
      return LocalDateTime.parse(from);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("--from " + from + " is not a local date and time; expected YYYY-MM-DDTHH:MM");
    }
  }

  /** Schedules, descriptions and urls come from the user's file: shown escaped, as in every report. */
  private static void printLine(PrintWriter out, String line) {
    out.println(dev.appyaml.report.Printable.of(line));
  }
}
