package dev.appyaml.cli;

import dev.appyaml.baseline.Baseline;
import dev.appyaml.baseline.BaselineException;
import dev.appyaml.baseline.BaselineMatch;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code --write-baseline FILE} records the run's findings; {@code --baseline FILE} (or
 * {@code baseline:} in the configuration) hides the findings it records and says on standard
 * error how many it hid and how many of its entries no longer match.
 */
final class BaselineStep {

  /** The findings left to report and those the baseline hid. */
  record Outcome(List<Diagnostic> kept, List<Suppressed> hidden) {}

  private final Optional<Path> write;
  private final Optional<Path> read;

  BaselineStep(Optional<Path> write, Optional<Path> read) {
    this.write = write;
    this.read = read;
  }

  Outcome apply(List<Diagnostic> diagnostics, Function<String, Optional<SourceFile>> sources, PrintWriter err) {
    if (write.isPresent()) {
      Path file = write.get();
      Baseline baseline = new Baseline(BaselineMatch.entries(diagnostics, BaselineMatch.directoryOf(file), sources));
      try {
        baseline.write(file);
      } catch (IOException e) {
        throw new Main.UsageException("cannot write " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
            ? "directory " + file.toAbsolutePath().getParent() + " does not exist" : e.getMessage()));
      }
      err.println("appyaml: wrote " + plural(baseline.entries().size(), "finding") + " to the baseline " + file);
      return match(baseline, file, diagnostics, sources, err);
    }
    if (read.isPresent()) {
      Path file = read.get();
      if (!Files.exists(file)) {
        throw new Main.UsageException("cannot read baseline " + file + ": no such file;"
            + " write one with --write-baseline " + file);
      }
      try {
        return match(Baseline.read(file), file, diagnostics, sources, err);
      } catch (BaselineException e) {
        throw new Main.UsageException(e.getMessage());
      }
    }
    return new Outcome(diagnostics, List.of());
  }

  private static Outcome match(Baseline baseline, Path file, List<Diagnostic> diagnostics,
      Function<String, Optional<SourceFile>> sources, PrintWriter err) {
    BaselineMatch match = BaselineMatch.of(baseline, file, diagnostics, sources);
    err.println("appyaml: baseline " + file + " hid " + plural(match.hidden().size(), "finding")
        + (match.stale() == 0 ? "" : "; " + plural(match.stale(), "entry", "entries")
            + " no longer match (run with --write-baseline " + file + " to drop them)"));
    return new Outcome(match.kept(), match.hidden());
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
