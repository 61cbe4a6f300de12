package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * testdata/sample-repo exercises, through the real command line: directory discovery (by name and
 * by content, skipping .gitignore'd and non-App-Engine files), config discovery upward from each
 * file, re-graded and disabled rules, per-path ignores (whole files and single rules), and inline
 * suppressions used and unused.
 */
class SampleRepositoryTest {

  private static final String REPO = "testdata/sample-repo";

  @Test
  void wholeRepository() {
    Cli.Run run = Cli.run("validate", "--color", "never", "--as-of", "2026-11-21", REPO);
    assertEquals("", run.err());
    assertEquals(1, run.exitCode());
    Golden.assertMatches(Path.of("testdata/sample-repo.out"), run.out());
    assertFalse(run.out().contains("legacy/"), "legacy/** is ignored by the config");
    assertFalse(run.out().contains("build/"), "build/ is ignored by .gitignore");
    assertFalse(run.out().contains("notes.yaml"), "not an App Engine file");
    assertFalse(run.out().contains("AY312"), "disabled in the config");
    assertFalse(run.out().contains("[AY107]"), "ignored for services/batch by the config");
    assertTrue(run.out().contains("error[AY109]"), "re-graded to error by the config");
    assertTrue(run.out().contains("warning[AY010]"), "unused suppression");
    assertFalse(run.out().contains("[AY509]"), "suppressed for the whole file");
    assertFalse(run.out().contains("[AY225]"), "suppressed on its line");
    assertTrue(run.out().contains("AY206"), "project and version come from the config");
  }

  @Test
  void withoutInlineSuppressions() {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--no-inline-suppressions", "--as-of", "2026-11-21",
        REPO + "/services/api/app.yaml");
    assertTrue(run.out().contains("[AY225]"), run.out());
    assertFalse(run.out().contains("[AY010]"), run.out());
  }

  @Test
  void withoutConfig() {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21", REPO);
    assertTrue(run.out().contains("legacy/app.yaml"), run.out());
    assertTrue(run.out().contains("warning: threadsafe is \"false\""), run.out());
    assertFalse(run.out().contains("AY206"), "no project without the config");
  }

  @Test
  void brokenConfigNamesItsLine() {
    Cli.Run run = Cli.run("validate", "testdata/config/broken/app.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("appyaml: testdata/config/broken/.appyaml.yaml:3:3: no rule AY999; run appyaml rules to list them\n",
        run.err());
  }

  @Test
  void explicitConfigFile() {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--config", REPO + "/.appyaml.yaml", "--as-of", "2026-11-21",
        "testdata/report/sample.yaml");
    assertTrue(run.out().contains("error: threadsafe is \"false\""), run.out());
  }

  @Test
  void includeAndExcludeGlobsSteerDiscovery() {
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--no-config", "--as-of", "2026-11-21",
        "--exclude", "services/**", "--include", "docs/*.yaml", REPO);
    assertFalse(run.out().contains("services/"), run.out());
    assertTrue(run.out().contains("docs/notes.yaml"), run.out());
  }
}
