package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.config.ConfigLoader;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** appyaml init writes a usable starter configuration; --print-config says what is in force and why. */
class InitAndPrintConfigTest {

  @Test
  void initWritesALoadableStarterAndNeverOverwritesUnasked(@TempDir Path dir) throws Exception {
    Cli.Run run = Cli.run("init", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path file = dir.resolve(".appyaml.yaml");
    assertEquals(InitCommand.STARTER, Files.readString(file));
    ConfigLoader.load(file);

    Files.writeString(file, "project: mine\n");
    Cli.Run again = Cli.run("init", dir.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("exists already; pass --force to overwrite it"), again.err());
    assertEquals("project: mine\n", Files.readString(file));

    assertEquals(0, Cli.run("init", "--force", dir.toString()).exitCode());
    assertEquals(InitCommand.STARTER, Files.readString(file));
  }

  @Test
  void printConfigShowsEachSettingAndItsOrigin() {
    Cli.Run run = Cli.run("validate", "--print-config", "--fail-on", "warning", "--as-of", "2026-11-21",
        "testdata/sample-repo/services/api/app.yaml", "testdata/sample-repo/legacy/app.yaml");
    assertEquals(0, run.exitCode(), run.err());
    Golden.assertMatches(Path.of("testdata/cli/print-config.txt"), run.out());
    assertTrue(run.out().contains("project              acme-shop  (testdata/sample-repo/.appyaml.yaml)"), run.out());
    assertTrue(run.out().contains("fail-on              warning  (--fail-on)"), run.out());
  }
}
