package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic files under testdata/ok/ must stay silent under every rule: no error, warning or note. */
class OkFilesTest {

  static List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("testdata", "ok"))) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void staysSilent(Path file) {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21", file.toString());
    assertEquals("", run.out() + run.err(), file + " must produce no findings");
    assertEquals(0, run.exitCode());
  }
}
