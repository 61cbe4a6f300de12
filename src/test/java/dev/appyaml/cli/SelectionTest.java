package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rules run and what fails the run: --select/--ignore by id, prefix and name, --statistics, .appyaml.yaml. */
class SelectionTest {

  private static final String SAMPLE = "testdata/examples/app.yaml";

  private static Cli.Run validate(String... extra) {
    String[] args = new String[extra.length + 5];
    System.arraycopy(new String[] {"validate", "--format", "gnu", "--as-of", "2026-11-21"}, 0, args, 0, 5);
    System.arraycopy(extra, 0, args, 5, extra.length);
    return Cli.run(args);
  }

  @Test
  void ignoreIsRepeatableAndTakesIdsPrefixesAndNames() {
    String all = validate("--no-config", SAMPLE).out();
    assertTrue(all.contains("[AY101]") && all.contains("[AY109]") && all.contains("[AY225]"), all);
    String out = validate("--no-config", "--ignore", "AY101", "--ignore", "not-a-boolean,AY2", SAMPLE).out();
    assertFalse(out.contains("[AY101]") || out.contains("[AY109]") || out.contains("[AY2"), out);
    assertTrue(out.contains("[AY104]"), out);
  }

  @Test
  void selectTakesPrefixes() {
    String out = validate("--no-config", "--select", "AY1", SAMPLE).out();
    assertTrue(out.lines().allMatch(l -> l.contains("[AY1")), out);
    assertTrue(out.contains("[AY109]"), out);
  }

  @Test
  void unknownSelectorSaysWhatWasMeant() {
    Cli.Run run = validate("--no-config", "--ignore", "not-a-bolean", SAMPLE);
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: --ignore not-a-bolean: no rule not-a-bolean; did you mean not-a-boolean?\n", run.err());
  }

  @Test
  void statisticsCountFindingsPerRuleMostFirst() {
    Cli.Run run = validate("--no-config", "--statistics", SAMPLE);
    assertEquals(1, run.exitCode());
    java.util.List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(1).startsWith("1  AY101"), "ties by id: " + run.out());
    assertTrue(lines.get(0).equals("3  AY105  pattern-mismatch"), run.out());
    assertTrue(lines.get(lines.size() - 1).equals("9 findings from 7 rules in 1 file"), run.out());
  }

  @Test
  void configurationSelectsIgnoresAndSetsFailOn(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(SAMPLE), dir.resolve("app.yaml"));
    Files.writeString(dir.resolve(".appyaml.yaml"), "select: [AY1, AY3]\nignore: [AY101]\nfail-on: warning\n");
    Cli.Run run = validate(dir.resolve("app.yaml").toString());
    assertFalse(run.out().contains("[AY101]") || run.out().contains("[AY225]"), run.out());
    assertTrue(run.out().contains("[AY109]"), run.out());
    Files.writeString(dir.resolve(".appyaml.yaml"), "select: [AY109]\nfail-on: warning\n");
    assertEquals(1, Cli.run("validate", "--config", dir.resolve(".appyaml.yaml").toString(),
        dir.resolve("app.yaml").toString()).exitCode(), "a warning fails the run with fail-on: warning");
    Files.writeString(dir.resolve(".appyaml.yaml"), "select: [AY109]\n");
    assertEquals(0, Cli.run("validate", "--config", dir.resolve(".appyaml.yaml").toString(),
        dir.resolve("app.yaml").toString()).exitCode());
  }

  @Test
  void configurationIncludeAndExclude(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("deploy"));
    Files.createDirectories(dir.resolve("vendor"));
    Files.writeString(dir.resolve("deploy/web.yml"), "service: web\n");
    Files.writeString(dir.resolve("vendor/app.yaml"), "runtime: python312\n");
    Files.writeString(dir.resolve("app.yaml"), "runtime: python312\n");
    Files.writeString(dir.resolve(".appyaml.yaml"), "include: ['deploy/*.yml']\nexclude: ['vendor/**']\n");
    Cli.Run run = Cli.run("validate", "--config", dir.resolve(".appyaml.yaml").toString(), "--format", "gnu",
        "--select", "AY220", dir.toString());
    assertTrue(run.out().contains("web.yml"), run.out());
    assertFalse(run.out().contains("vendor"), run.out());
  }

  @Test
  void suppressionsOfRulesThatDidNotRunAreNotUnused(@TempDir Path dir) throws Exception {
    Path app = dir.resolve("app.yaml");
    Files.writeString(app, "runtime: python27\napi_version: 1\nthreadsafe: \"false\"  # appyaml: disable=AY109 -- read by our loader\n"
        + "handlers:\n- url: /.*\n  script: main.app\n");
    assertFalse(validate("--no-config", "--ignore", "AY109", app.toString()).out().contains("[AY010]"));
    assertFalse(validate("--no-config", "--select", "AY010", app.toString()).out().contains("[AY010]"));
    Files.writeString(dir.resolve(".appyaml.yaml"), "rules:\n  AY109: off\n");
    assertFalse(validate(app.toString()).out().contains("[AY010]"));
  }
}
