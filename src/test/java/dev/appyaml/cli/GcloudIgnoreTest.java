package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import org.junit.jupiter.api.Test;

/** .gcloudignore says what gcloud leaves out of the upload; it never hides a deployment descriptor. */
class GcloudIgnoreTest {

  @Test
  void descriptorsListedInGcloudignoreAreStillChecked() {
    Cli.Run run = Cli.run("validate", "--color", "never", "--no-config", "--as-of", "2026-11-21",
        "--select", "AY207,AY105", "testdata/config/gcloudignore");
    assertTrue(run.out().contains("in 2 files"), run.out() + run.err());
  }
}
