package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Every file under testdata/ok is realistic configuration that must stay silent: no error, no
 * warning, no note, with every rule. The files of one folder are checked in one run, so that
 * the cross-file rules see each other's files (a dispatch.yaml with the services it routes to).
 */
class OkFilesTest {

  static final Path ROOT = Path.of("testdata", "ok");

  static Stream<String> folders() {
    return byFolder().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folders")
  void staysSilent(String folder) {
    List<String> files = byFolder().get(folder);
    List<String> args = new ArrayList<>(List.of("validate", "--color", "never", "--as-of", Cli.TODAY.toString()));
    args.addAll(files);
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals("no problems found in " + files.size() + " file" + (files.size() == 1 ? "" : "s") + "\n", run.out());
    assertEquals("", run.err());
    assertEquals(0, run.exitCode());
  }

  @Test
  void thereAreOkFilesOfEveryValidatedKind() {
    List<String> names = byFolder().values().stream().flatMap(List::stream)
        .map(f -> Path.of(f).getFileName().toString()).toList();
    for (String required : List.of("app.yaml", "dispatch.yaml", "cron.yaml", "apphosting.yaml")) {
      assertEquals(true, names.contains(required), "testdata/ok needs a " + required);
    }
  }

  /** The YAML files under testdata/ok by folder, sorted. */
  private static Map<String, List<String>> byFolder() {
    Map<String, List<String>> folders = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
          .forEach(p -> folders.computeIfAbsent(p.getParent().toString().replace('\\', '/'), k -> new ArrayList<>())
              .add(p.toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folders;
  }
}
