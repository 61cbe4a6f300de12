package dev.appyaml.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .appyaml.yaml is read as strictly as app.yaml (issue 12, point 5). */
class ConfigDefectsTest {

  private static String problem(Path dir, String text) throws Exception {
    Path file = dir.resolve(".appyaml.yaml");
    Files.writeString(file, text);
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage();
  }

  @Test
  void duplicateKeysAreAnError(@TempDir Path dir) throws Exception {
    assertTrue(problem(dir, "project: a\nproject: b\n").endsWith(".appyaml.yaml:2:1: duplicate key project; first given on line 1"));
    assertTrue(problem(dir, "rules:\n  AY101: off\n  AY101: error\n")
        .endsWith(".appyaml.yaml:3:3: duplicate key AY101; first given on line 2"));
  }

  @Test
  void projectAndVersionAreCheckedAsOnTheCommandLine(@TempDir Path dir) throws Exception {
    assertTrue(problem(dir, "project: My_Project\n")
        .endsWith(".appyaml.yaml:1:10: My_Project is not valid; expected a project id such as my-project"));
    assertTrue(problem(dir, "version: V1\n")
        .endsWith(".appyaml.yaml:1:10: V1 is not valid; expected lowercase letters, digits and hyphens (at most 63)"));
    assertEquals("appyaml: --project My_Project is not valid; expected a project id such as my-project\n",
        Cli.run("validate", "--project", "My_Project", "testdata/examples/app.yaml").err());
  }

  @Test
  void unknownSettingAndRuleGetDidYouMean(@TempDir Path dir) throws Exception {
    assertTrue(problem(dir, "fail_on: warning\n").endsWith(":1:1: unknown setting fail_on; did you mean fail-on?"));
    assertTrue(problem(dir, "rules:\n  not-a-bolean: off\n").endsWith(":2:3: no rule not-a-bolean; did you mean not-a-boolean?"));
  }

  @Test
  void anExplicitFileTheConfigurationIgnoresSaysSo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("legacy"));
    Files.writeString(dir.resolve("legacy/app.yaml"), "runtime: python27\n");
    Files.writeString(dir.resolve(".appyaml.yaml"), "ignore: ['legacy/**']\n");
    Path file = dir.resolve("legacy/app.yaml");
    Cli.Run run = Cli.run("validate", file.toString());
    assertTrue(run.err().matches("appyaml: " + java.util.regex.Pattern.quote(file.toString())
        + ": skipped: ignored by .*\\.appyaml\\.yaml\n"), run.err());
    Cli.Run byDirectory = Cli.run("validate", dir.toString());
    assertTrue(!byDirectory.err().contains("skipped"), "files found in a directory are skipped silently: " + byDirectory.err());
  }
}
