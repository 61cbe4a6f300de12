package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the release archives and hooks rely on: version, help, completion, --app-engine-only. */
class DistributionCommandsTest {

  @Test
  void versionIsTheReleaseVersionAndTheRuntimeTableDate() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(Pattern.compile("appyaml \\d+\\.\\d+\\.\\d+\\R"
        + "runtime data: App Engine support schedule of \\d{4}-\\d{2}-\\d{2}\\R").matcher(run.out()).matches(), run.out());
    assertFalse(run.out().contains("SNAPSHOT"), run.out());
  }

  @Test
  void helpSubcommandShowsTheSubcommandsUsage() {
    Cli.Run run = Cli.run("help", "validate");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: appyaml validate"), run.out());
    assertEquals(Cli.run("validate", "--help").out(), run.out());
  }

  @Test
  void completionScriptCoversSubcommandsAndOptions() {
    for (String shell : new String[] {"bash", "zsh"}) {
      Cli.Run run = Cli.run("completion", shell);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("complete -F _complete_appyaml"), run.out());
      assertTrue(run.out().contains("bashcompinit"), "zsh support: " + shell);
      assertTrue(run.out().contains("--fail-on") && run.out().contains("schedule"), run.out());
    }
  }

  @Test
  void completionForAnUnknownShellIsAUsageError() {
    Cli.Run run = Cli.run("completion", "fish");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("appyaml: "), run.err());
  }

  @Test
  void appEngineOnlySkipsOtherYamlSilentlyAndChecksConfigurationByNameOrContent(@TempDir Path dir) throws Exception {
    Path workflow = Files.createDirectories(dir.resolve(".github/workflows")).resolve("ci.yml");
    Files.writeString(workflow, "name: ci\non: [push]\njobs: {}\n");
    Path compose = Files.writeString(dir.resolve("docker-compose.yaml"), "services:\n  web: {image: nginx}\n");
    Path worker = Files.writeString(dir.resolve("worker.yaml"), "runtime: python312\nservice: Bad_Name\n");
    Path app = Files.writeString(dir.resolve("app.yaml"), "instance_clas: F2\n");

    Cli.Run others = Cli.run("validate", "--app-engine-only", workflow.toString(), compose.toString());
    assertEquals(0, others.exitCode(), others.out() + others.err());
    assertFalse(others.out().contains("ci.yml") || others.out().contains("compose"), others.out());
    assertEquals("", others.err());

    Cli.Run mixed = Cli.run("validate", "--app-engine-only", workflow.toString(), worker.toString(), app.toString());
    assertEquals(1, mixed.exitCode(), mixed.out() + mixed.err());
    assertTrue(mixed.out().contains("worker.yaml:2:10: error[AY105]"), mixed.out());
    assertTrue(mixed.out().contains("app.yaml:1:1: error[AY101]"), mixed.out());
    assertFalse(mixed.out().contains("ci.yml"), mixed.out());
  }
}
