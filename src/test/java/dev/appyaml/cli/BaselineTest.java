package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopt today, fail only on new findings: --write-baseline, --baseline and baseline: in .appyaml.yaml. */
class BaselineTest {

  private static final String FIXED_DAY = "2026-11-21";

  private static Cli.Run validate(Path dir, String... extra) {
    String[] args = new String[extra.length + 6];
    System.arraycopy(new String[] {"validate", "--color", "never", "--no-config", "--as-of", FIXED_DAY}, 0, args, 0, 6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    return Cli.run(args);
  }

  @Test
  void roundTrip(@TempDir Path dir) throws Exception {
    Path app = dir.resolve("app.yaml");
    Files.copy(Path.of("testdata/examples/app.yaml"), app);
    Path baseline = dir.resolve("appyaml-baseline.json");

    Cli.Run written = validate(dir, "--write-baseline", baseline.toString(), app.toString());
    assertEquals(0, written.exitCode(), written.out() + written.err());
    assertTrue(written.err().contains("wrote 9 findings to the baseline"), written.err());
    String json = Files.readString(baseline);

    Cli.Run again = validate(dir, "--baseline", baseline.toString(), app.toString());
    assertEquals(0, again.exitCode(), again.out());
    assertTrue(again.err().contains("hid 9 findings"), again.err());
    assertTrue(again.out().contains("no problems found"), again.out());

    Files.writeString(app, "# two lines added\n# above everything\n" + Files.readString(app) + "instance_class: F9\n");
    Cli.Run moved = validate(dir, "--baseline", baseline.toString(), app.toString());
    assertEquals(1, moved.exitCode(), moved.out());
    assertTrue(moved.out().contains("[AY302]"), "only the new error is shown: " + moved.out());
    assertEquals(1, moved.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: \\w+\\[AY\\d+\\].*")).count(), moved.out());
    assertTrue(moved.err().contains("hid 9 findings"), "moved lines stay hidden: " + moved.err());

    Files.writeString(app, "runtime: python313\nautomatic_scaling:\n  max_instances: 5\n");
    Cli.Run fixed = validate(dir, "--baseline", baseline.toString(), app.toString());
    assertTrue(fixed.err().contains("hid 0 findings; 9 entries no longer match"), fixed.err());

    Files.copy(Path.of("testdata/examples/app.yaml"), app, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    validate(dir, "--write-baseline", baseline.toString(), app.toString());
    assertEquals(json, Files.readString(baseline), "re-writing an unchanged baseline changes nothing");
  }

  @Test
  void formatIsSortedVersionedJsonWithoutLineNumbers(@TempDir Path dir) throws Exception {
    Path baseline = dir.resolve("b.json");
    validate(dir, "--write-baseline", baseline.toString(), "testdata/examples/app.yaml");
    String json = Files.readString(baseline);
    assertTrue(json.startsWith("{\n  \"version\": 1,\n  \"tool\": \"appyaml\",\n  \"findings\": ["), json);
    assertFalse(json.contains("\"line\""), json);
    java.util.List<String> rules = json.lines().filter(l -> l.contains("\"ruleId\"")).toList();
    assertEquals(rules.stream().sorted().toList(), rules, "entries sorted by file, then rule");
  }

  @Test
  void baselineFromTheConfigurationAndHiddenFindingsInSarif(@TempDir Path dir) throws Exception {
    Path app = dir.resolve("app.yaml");
    Files.copy(Path.of("testdata/examples/app.yaml"), app);
    Files.writeString(dir.resolve(".appyaml.yaml"), "baseline: appyaml-baseline.json\n");
    Cli.Run written = Cli.run("validate", "--config", dir.resolve(".appyaml.yaml").toString(), "--as-of", FIXED_DAY,
        "--write-baseline", dir.resolve("appyaml-baseline.json").toString(), app.toString());
    assertEquals(0, written.exitCode(), written.err());
    Cli.Run run = Cli.run("validate", "--config", dir.resolve(".appyaml.yaml").toString(), "--as-of", FIXED_DAY,
        "--format", "json", app.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("hid 9 findings"), run.err());
  }

  @Test
  void missingBaselineIsOneClearLine(@TempDir Path dir) {
    Cli.Run run = validate(dir, "--baseline", dir.resolve("nope.json").toString(), "testdata/examples/app.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("appyaml: cannot read baseline ") && run.err().lines().count() == 1, run.err());
  }
}
