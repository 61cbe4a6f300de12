package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reproducers of hostile input kept under testdata/hostile/ (one folder per class of
 * problem, each with the YAML files to check, any files they refer to, and {@code expected.out}): each run ends with findings
 * or one stderr line, never an internal error, a stack trace or more than the time bound.
 * Inputs too large to keep as files are generated in {@link HostileInputTest}.
 */
class HostileCasesTest {

  private static final Path ROOT = Path.of("testdata", "hostile");

  static List<Path> cases() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersWithFindingsInBoundedTime(Path folder) throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().matches(".*\\.ya?ml")).map(Path::toString).sorted().toList();
    }
    String[] args = Stream.concat(Stream.of("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21"),
        files.stream()).toArray(String[]::new);
    Cli.Run run = Bounded.run(folder.toString(), () -> Cli.run(args));
    assertTrue(run.exitCode() == 0 || run.exitCode() == 1 || run.exitCode() == 2, "exit " + run.exitCode() + "\n" + run.err());
    assertFalse(run.out().contains("[AY000]"), run.out());
    assertFalse((run.out() + run.err()).contains("\tat "), "a stack trace: " + run.err());
    assertTrue(run.err().lines().count() <= files.size(), "at most one stderr line per input: " + run.err());
    Golden.assertMatches(folder.resolve("expected.out"), run.out() + run.err() + "exit " + run.exitCode() + "\n");
  }
}
