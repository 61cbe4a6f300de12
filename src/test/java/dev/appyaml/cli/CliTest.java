package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users meet it: exit codes, streams, options. */
class CliTest {

  @Test
  void cleanFileExitsZero() {
    Cli.Run run = Cli.run("validate", "--as-of", "2026-11-21", "testdata/rules/AY101-unknown-key/known.yaml");
    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
  }

  @Test
  void errorsExitOne() {
    assertEquals(1, Cli.run("validate", "testdata/report/sample.yaml").exitCode());
  }

  @Test
  void missingFileIsOneLineOnStderrAndExitTwo() {
    Cli.Run run = Cli.run("validate", "does-not-exist.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: cannot read does-not-exist.yaml: no such file\n", run.err());
    assertEquals("nothing checked: 1 input could not be read\n", run.out(), "no success line on a failing run");
  }

  @Test
  void helpExplainsExitCodesWithFailOnAndWhichVersionIsMeant() {
    String help = Cli.run("validate", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("Exit codes: 0 no finding at the --fail-on level, 1 findings at that level (errors by default)"), help);
    assertTrue(help.contains("App Engine version id the files will be deployed as (gcloud app deploy --version), not appyaml's own version"), help);
    assertTrue(Cli.run("--help").out().replaceAll("\\s+", " ").contains("0 no finding at the --fail-on level"));
  }

  @Test
  void aFailingRunPrintsNoSuccessLine() {
    Cli.Run run = Cli.run("validate", "missing.yaml", "testdata/ok/go-manual-scaling.yaml");
    assertEquals(2, run.exitCode());
    assertFalse(run.out().contains("no problems found"), run.out());
    assertEquals("1 input could not be read; the other file has no problems\n", run.out());
  }

  @Test
  void anUnwritableReportNamesTheMissingFolderOnce(@TempDir Path dir) {
    Path target = dir.resolve("x").resolve("o.sarif");
    Cli.Run run = Cli.run("validate", "--output", "sarif=" + target, "testdata/ok/go-manual-scaling.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: cannot write " + target + ": directory " + dir.resolve("x") + " does not exist\n", run.err());
  }

  @Test
  void directoryWithoutConfigurationFilesIsExitTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.yaml"), "title: x\n");
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: " + dir + " is a directory with no App Engine configuration files in it\n", run.err());
  }

  @Test
  void otherFilesAreStillCheckedWhenOneIsMissing() {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "missing.yaml", "testdata/report/sample.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.out().contains("sample.yaml:3:10"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--bogus", "app.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("appyaml: Unknown option: '--bogus'"), run.err());
    assertFalse(run.err().contains("Exception"));
  }

  @Test
  void badFormatIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--format", "xml", "app.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--format"), run.err());
  }

  @Test
  void badDateIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--as-of", "tomorrow", "app.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: --as-of tomorrow is not a date; expected YYYY-MM-DD\n", run.err());
  }

  @Test
  void badVersionFlagIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--version", "V1", "--project", "p", "app.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("appyaml: --version V1 is not valid"), run.err());
  }

  @Test
  void unknownRuleInSelectIsAUsageError() {
    Cli.Run run = Cli.run("validate", "--select", "AY999", "testdata/report/sample.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("AY999"), run.err());
  }

  @Test
  void stdinIsReadWithItsGivenName() {
    Cli.Run run = Cli.run("runtime: python312\nservice: Bad_Name\n", Map.of(),
        "validate", "--format", "gnu", "--stdin-filename", "svc/app.yaml", "-");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("svc/app.yaml:2:10: error: service is Bad_Name")), run.out());
  }

  @Test
  void stdinWithoutNameIsCalledStdin() {
    Cli.Run run = Cli.run("runtime: [\n", Map.of(), "validate", "--format", "gnu", "-");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("<stdin>:"), run.out());
  }

  @Test
  void noColorWinsOverAutoAndForceColorTurnsItOn() {
    Cli.Run plain = Cli.run("", Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), "validate", "testdata/report/sample.yaml");
    assertFalse(plain.out().contains("\u001b["));
    Cli.Run forced = Cli.run("", Map.of("FORCE_COLOR", "1"), "validate", "testdata/report/sample.yaml");
    assertTrue(forced.out().contains("\u001b["));
    Cli.Run never = Cli.run("", Map.of("FORCE_COLOR", "1"), "validate", "--color", "never", "testdata/report/sample.yaml");
    assertFalse(never.out().contains("\u001b["));
  }

  @Test
  void crlfFileGivesTheSamePositions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.yaml");
    Files.writeString(file, "\uFEFFruntime: python312\r\nservice: Bad_Name\r\n");
    Cli.Run run = Cli.run("validate", "--format", "gnu", file.toString());
    assertTrue(run.out().contains("app.yaml:2:10: error: service is Bad_Name"), run.out());
  }

  @Test
  void helpAndVersion() {
    Cli.Run help = Cli.run("--help");
    assertEquals(0, help.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/help.txt"), help.out());
    Cli.Run validateHelp = Cli.run("validate", "--help");
    assertEquals(0, validateHelp.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/validate-help.txt"), validateHelp.out());
    Cli.Run version = Cli.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("appyaml "), version.out());
  }

  @Test
  void githubFormatIsTheDefaultInGithubActionsAndFillsTheJobSummary(@TempDir Path dir) throws Exception {
    Path summary = dir.resolve("summary.md");
    Cli.Run run = Cli.run("", Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
        "validate", "testdata/report/sample.yaml");
    assertTrue(run.out().startsWith("::error file=testdata/report/sample.yaml,line=3,col=10,endLine=3,endColumn=21,"), run.out());
    assertTrue(Files.readString(summary).contains("| `testdata/report/sample.yaml:3:10` | error | AY105 |"));
  }

  @Test
  void severalOutputsInOneRun(@TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("out.sarif");
    Path junit = dir.resolve("out.xml");
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--output", "sarif=" + sarif, "--output", "junit=" + junit,
        "testdata/report/sample.yaml");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("testdata/report/sample.yaml:3:10: error:"));
    assertTrue(Files.readString(sarif).contains("\"ruleId\": \"AY105\""));
    assertTrue(Files.readString(junit).contains("<failure"));
  }

  @Test
  void badOutputIsAUsageErrorBeforeAnyWork() {
    Cli.Run run = Cli.run("validate", "--output", "pdf=x.pdf", "testdata/report/sample.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: --output pdf=x.pdf: unknown format pdf\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void failOnChoosesTheThreshold() {
    String warningsOnly = "testdata/rules/AY107-not-applicable/standard-with-flex-keys.yaml";
    assertEquals(0, Cli.run("validate", "--select", "AY107", warningsOnly).exitCode());
    assertEquals(1, Cli.run("validate", "--select", "AY107", "--fail-on", "warning", warningsOnly).exitCode());
    assertEquals(0, Cli.run("validate", "--fail-on", "never", "testdata/report/sample.yaml").exitCode());
  }
}
