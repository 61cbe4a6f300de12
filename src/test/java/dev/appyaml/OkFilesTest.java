package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic files under testdata/ok/ must stay silent under every rule: no error, warning or note.
 * Each file is checked on its own, and the files of each folder together, so that the cross-file
 * rules see each other's files (a dispatch.yaml with the services it routes to).
 */
class OkFilesTest {

  static List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("testdata", "ok"))) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList();
    }
  }

  static Stream<String> folders() throws IOException {
    return byFolder().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void staysSilent(Path file) {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21", file.toString());
    assertEquals("", run.out() + run.err(), file + " must produce no findings");
    assertEquals(0, run.exitCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folders")
  void staysSilentTogether(String folder) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21"));
    args.addAll(byFolder().get(folder));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals("", run.out() + run.err(), "the files of " + folder + " must produce no findings together");
    assertEquals(0, run.exitCode());
  }

  @Test
  void thereAreOkFilesOfEveryValidatedKind() throws IOException {
    List<String> names = files().stream().map(f -> f.getFileName().toString()).toList();
    for (String required : List.of("app.yaml", "dispatch.yaml", "cron.yaml", "apphosting.yaml")) {
      assertTrue(names.contains(required), "testdata/ok needs a " + required);
    }
  }

  /** The YAML files under testdata/ok by folder. */
  private static Map<String, List<String>> byFolder() throws IOException {
    Map<String, List<String>> folders = new TreeMap<>();
    for (Path p : files()) {
      folders.computeIfAbsent(p.getParent().toString().replace('\\', '/'), k -> new ArrayList<>())
          .add(p.toString().replace('\\', '/'));
    }
    return folders;
  }
}
