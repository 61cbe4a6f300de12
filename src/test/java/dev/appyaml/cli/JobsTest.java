package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jobs N} checks files on N threads; the report is byte for byte the one a single
 * thread gives, in every format, cross-file findings included.
 */
class JobsTest {

  /** Every YAML file of testdata/ and the shared corpus, as one run: per-file and cross-file rules, every kind. */
  private static List<String> everyFile() throws IOException {
    List<String> files = new ArrayList<>();
    for (Path root : List.of(Path.of("testdata"), Path.of("..", "shared", "corpus"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml")).sorted()
              .forEach(p -> files.add(p.toString()));
        }
      }
    }
    return files;
  }

  private static Cli.Run validate(String jobs, String format, List<String> files) {
    List<String> args = new ArrayList<>(List.of("validate", "--no-config", "--as-of", "2026-11-21",
        "--format", format, "--jobs", jobs));
    args.addAll(files);
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "text", "sarif"})
  void eightThreadsGiveTheSingleThreadReport(String format) throws IOException {
    List<String> files = everyFile();
    assertTrue(files.size() > 300, "too few files to exercise threads: " + files.size());
    Cli.Run one = validate("1", format, files);
    Cli.Run eight = validate("8", format, files);
    assertTrue(one.out().contains("AY715"), "the run should hold cross-file findings");
    assertEquals(one.exitCode(), eight.exitCode());
    assertEquals(one.err(), eight.err());
    assertEquals(one.out(), eight.out());
  }

  @Test
  void crossFileFindingsDoNotDependOnThreadsInADirectoryRun(@TempDir Path dir) throws IOException {
    // Many services, one dispatch.yaml and one cron.yaml naming some that exist and some that do not.
    StringBuilder dispatch = new StringBuilder("dispatch:\n");
    StringBuilder cron = new StringBuilder("cron:\n");
    for (int i = 0; i < 300; i++) {
      Path service = Files.createDirectories(dir.resolve("svc" + i));
      Files.writeString(service.resolve("app.yaml"), "runtime: python312\nservice: svc" + i
          + "\nhandlers:\n- url: /tasks/.*\n  script: auto\n  login: admin\n");
      if (i % 50 == 0) {
        dispatch.append("  - url: \"*/r").append(i).append("/*\"\n    service: svc").append(i * 7).append('\n');
        cron.append("- url: /tasks/t").append(i).append("\n  schedule: every 5 minutes\n  target: svc")
            .append(i * 3).append('\n');
      }
    }
    Files.writeString(dir.resolve("dispatch.yaml"), dispatch.toString());
    Files.writeString(dir.resolve("cron.yaml"), cron.toString());
    Cli.Run one = validate("1", "gnu", List.of(dir.toString()));
    Cli.Run two = validate("2", "gnu", List.of(dir.toString()));
    assertTrue(one.out().contains("AY715") && one.out().contains("AY727"), one.out());
    assertEquals(one.out(), two.out());
    assertEquals(one.exitCode(), two.exitCode());
  }

  @Test
  void aBigDirectoryWalkOnManyThreadsTellsWhatItSkippedInPathOrder(@TempDir Path dir) throws IOException {
    // Enough entries that the walk hands subfolders to other threads; broken links at the start, in
    // the middle and at the end, some one folder further down.
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Path service = Files.createDirectories(dir.resolve(String.format("svc%03d", i)).resolve("sub"));
      Files.writeString(service.getParent().resolve("app.yaml"), "runtime: python312\n");
      Files.writeString(service.getParent().resolve("notes.txt"), "x\n");
      if (i % 97 == 3) {
        Path link = (i % 2 == 0 ? service.getParent() : service).resolve("cron.yaml");
        Files.createSymbolicLink(link, dir.resolve("missing"));
        expected.add("appyaml: warning: " + link + ": skipped: a broken or looping link\n");
      }
    }
    Cli.Run run = validate("2", "gnu", List.of(dir.toString()));
    assertEquals(String.join("", expected), run.err());
    assertEquals(0, run.exitCode(), run.out());
  }

  @Test
  void aFoldersOwnLinesComeBetweenItsSubfoldersWhenTheyAreWalkedOnManyThreads(@TempDir Path dir) throws IOException {
    // Past the entry count that sends subfolders to other threads, in batches; a line about the
    // big folder's own entry must stay after the subfolder listed before it.
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      Path service = Files.createDirectories(dir.resolve(String.format("apphosting.%04d", i)));
      Files.writeString(service.resolve("app.yaml"), "runtime: python312\n");
      if (i % 250 == 7) {
        Path inside = Files.createSymbolicLink(service.resolve("cron.yaml"), dir.resolve("missing"));
        Path beside = Files.createSymbolicLink(dir.resolve(String.format("apphosting.%04d.yaml", i)), dir.resolve("missing"));
        expected.add("appyaml: warning: " + inside + ": skipped: a broken or looping link\n");
        expected.add("appyaml: warning: " + beside + ": skipped: a broken or looping link\n");
      }
    }
    Cli.Run run = validate("2", "gnu", List.of(dir.toString()));
    assertEquals(String.join("", expected), run.err());
    assertEquals(0, run.exitCode(), run.out());
  }

  @Test
  void jobsBelowOneIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--jobs", "0", "testdata/report/sample.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: --jobs 0 is not valid; expected a number of threads, at least 1\n", run.err());
  }
}
