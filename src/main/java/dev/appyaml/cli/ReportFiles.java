package dev.appyaml.cli;

import dev.appyaml.report.OutputFormat;
import dev.appyaml.report.Palette;
import dev.appyaml.report.Report;
import dev.appyaml.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reports written to files: {@code --output FORMAT=FILE} and GitHub's job summary. */
final class ReportFiles {

  private ReportFiles() {}

  record Target(OutputFormat format, Path file) {}

  /** Parses every --output value, failing early (before any work) on a bad one. */
  static List<Target> parse(List<String> outputs) {
    List<Target> targets = new ArrayList<>();
    if (outputs == null) {
      return targets;
    }
    for (String output : outputs) {
      int eq = output.indexOf('=');
      if (eq <= 0 || eq == output.length() - 1) {
        throw new Main.UsageException("--output " + output + ": expected FORMAT=FILE, e.g. sarif=appyaml.sarif");
      }
      String name = output.substring(0, eq).toUpperCase(Locale.ROOT);
      try {
        targets.add(new Target(OutputFormat.valueOf(name), Path.of(output.substring(eq + 1))));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException("--output " + output + ": unknown format " + output.substring(0, eq));
      }
    }
    return targets;
  }

  static void write(List<String> outputs, Report report) {
    for (Target target : parse(outputs)) {
      StringWriter text = new StringWriter();
      try (PrintWriter writer = new PrintWriter(text)) {
        Reporter.of(target.format(), Palette.PLAIN).write(report, writer);
      }
      try {
        Files.writeString(target.file(), text.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Main.UsageException("cannot write " + target.file() + ": " + IoReason.writing(target.file(), e));
      }
    }
  }

  static void appendJobSummary(String summaryFile, Report report) {
    if (summaryFile == null || summaryFile.isEmpty()) {
      return;
    }
    try {
      Files.writeString(Path.of(summaryFile), Reporter.githubJobSummary(report), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new Main.UsageException("cannot write the job summary to " + summaryFile + ": "
          + IoReason.writing(Path.of(summaryFile), e));
    }
  }
}
