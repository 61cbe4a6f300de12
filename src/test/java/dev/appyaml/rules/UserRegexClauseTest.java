package dev.appyaml.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that match users' patterns against names on disk (AY425, AY605) say when the answer
 * rested on reading the pattern other than as Python does. Names beyond ASCII are what makes it
 * matter, and testdata/ keeps only ASCII names, so these folders are built here.
 */
class UserRegexClauseTest {

  private static final String CLAUSE = " (judged with RE2/J: case-insensitive matching here differs from Python's re"
      + " for a few letters beyond ASCII, such as ı)";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file;
    try {
      file = dir.resolve(name);
    } catch (InvalidPathException e) {
      assumeTrue(false, "this file system cannot name " + name);
      throw e;
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private String findings(Path file) {
    return Cli.run("validate", "--format", "gnu", "--no-config", "--select", "AY425,AY605", file.toString()).out();
  }

  @Test
  void staticPathMissingNamesTheDifferenceItsAnswerRestedOn() throws IOException {
    write("static/café.css", "");
    write("static/logo.PNG", "");
    Path app = write("app.yaml", """
        runtime: python312
        handlers:
        - url: /img/(.*)
          static_files: static/\\1
          upload: (?i)static/.*\\.gif
        - url: /logo
          static_files: static/logo.PNG
          upload: (?i)static/.*\\.png
        - url: /.*
          script: auto
        """);
    assertEquals(app + ":5:11: warning: upload (?i)static/.*\\.gif matches no file beside this file, so nothing is"
        + " uploaded for this handler" + CLAUSE + " [AY425]\n", findings(app));
  }

  @Test
  void serviceFileNotUploadedNamesTheDifferenceItsAnswerRestedOn() throws IOException {
    Path app = write("größe.yaml", """
        runtime: python
        env: flex
        service: groesse
        runtime_config:
          operating_system: "ubuntu22"
        skip_files:
        - (?i).*\\.YAML$
        """);
    assertEquals(app + ":7:3: error: skip_files pattern (?i).*\\.YAML$ excludes größe.yaml; a flexible deploy must"
        + " upload the service file (gcloud stops with RequiredFileMissingError)" + CLAUSE + " [AY605]\n",
        findings(app));
  }
}
