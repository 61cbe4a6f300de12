package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import dev.appyaml.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input never crashes and stays bounded: each case ends with one clear finding and the
 * documented exit code, within the CPU-time bound of {@link Bounded}.
 */
class HostileInputTest {

  @TempDir
  Path dir;

  private Cli.Run validate(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return Bounded.run(name, () -> Cli.run("validate", "--format", "gnu", file.toString()));
  }

  private static void assertOneFinding(Cli.Run run, String ruleId, String text) {
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals(1, run.out().lines().count(), run.out());
    assertTrue(run.out().contains("[" + ruleId + "]") && run.out().contains(text), run.out());
    assertFalse(run.out().contains("Exception"));
  }

  @Test
  void malformedYaml() throws Exception {
    assertOneFinding(validate("app.yaml", "runtime: python312\nservice: \"unterminated\n".getBytes(StandardCharsets.UTF_8)),
        "AY001", "app.yaml:3:1:");
  }

  @Test
  void emptyFile() throws Exception {
    assertOneFinding(validate("app.yaml", new byte[0]), "AY002", "file is empty");
  }

  @Test
  void binaryFile() throws Exception {
    assertOneFinding(validate("app.yaml", new byte[] {'r', 'u', 'n', 10, 0, 1, 2, (byte) 0xFF}), "AY006", "app.yaml:2:1: error: file is binary");
  }

  @Test
  void invalidUtf8() throws Exception {
    assertOneFinding(validate("app.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}), "AY006", "app.yaml:1:4: error: file is not UTF-8");
  }

  @Test
  void billionLaughs() throws Exception {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    assertOneFinding(validate("app.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)), "AY006", "aliases expand to more than");
  }

  @Test
  void doublingAliasesWithinSnakeYamlsAliasLimit() throws Exception {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 25; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    assertOneFinding(validate("app.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)), "AY006", "aliases expand");
  }

  @Test
  void tenThousandDeepFlowNesting() throws Exception {
    String yaml = "runtime: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertOneFinding(validate("app.yaml", yaml.getBytes(StandardCharsets.UTF_8)), "AY006", "nesting is deeper than 100 levels");
  }

  @Test
  void deepBlockNesting() throws Exception {
    // 10,000 levels of block indentation would be 50 MB of spaces; 1,000 stays under the size limit.
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    assertOneFinding(validate("app.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)), "AY006", "nesting is deeper than 100 levels");
  }

  /**
   * Users' patterns of 300 KB (found by the fuzzer: RE2/J parsed one of 520 KB in 26 s of CPU and
   * 2.5 GB) in every place appyaml evaluates one: a static handler's upload, skip_files, and a
   * handler url that a cron job lands on.
   */
  @Test
  void hugeUsersRegexes() throws Exception {
    String pattern = "((a*)*" + "AY109,".repeat(50_000) + ")*b";
    Files.writeString(dir.resolve("app.yaml"), "runtime: python27\napi_version: 1\nthreadsafe: true\n"
        + "skip_files: '" + pattern + "'\nhandlers:\n- url: /s\n  static_files: s/x\n  upload: '" + pattern + "'\n");
    Files.writeString(dir.resolve("worker.yaml"), "runtime: python312\nservice: worker\nhandlers:\n"
        + "- url: '/" + pattern + "'\n  script: auto\n");
    Files.writeString(dir.resolve("cron.yaml"), "cron:\n- url: /aaaa\n  schedule: every 1 hours\n  target: worker\n");
    Cli.Run run = Bounded.run("huge patterns", () -> Cli.run("validate", "--format", "gnu", dir.toString()));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertFalse(run.out().contains("AY000") || run.out().contains("AY006") || run.out().contains("Exception"), run.out());
  }

  @Test
  void fiftyMegabyteFile() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    assertOneFinding(validate("app.yaml", big), "AY006", "file is 50.0 MB; appyaml reads configuration files up to 1 MB");
  }

  @Test
  void fiftyMegabytesOnStdin() {
    String big = "a".repeat(50 * 1024 * 1024);
    Cli.Run run = Bounded.run("stdin", () -> Cli.run(big, java.util.Map.of(), "validate", "--format", "gnu", "-"));
    assertOneFinding(run, "AY006", "appyaml reads configuration files up to 1 MB");
  }

  /**
   * Memory stays bounded: a separate JVM limited to a 48 MB heap answers the largest and the most
   * explosive inputs with the documented finding, not an OutOfMemoryError.
   */
  @Test
  void boundedMemoryInASmallHeap() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    Path bigFile = dir.resolve("big.yaml");
    Files.write(bigFile, big);
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 40; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    Path bombFile = dir.resolve("bomb.yaml");
    Files.writeString(bombFile, bomb);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        "dev.appyaml.cli.Main", "validate", "--format", "gnu", bigFile.toString(), bombFile.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(1, process.exitValue(), output);
    assertTrue(output.contains("big.yaml:1:1: error: file is 50.0 MB"), output);
    assertTrue(output.contains("bomb.yaml") && output.contains("aliases expand to more than"), output);
    assertFalse(output.contains("OutOfMemoryError"), output);
  }
}
