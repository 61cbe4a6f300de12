package dev.appyaml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.testing.Cli;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every character that could drive a terminal, reorder text or break a format, put in values, keys,
 * raw source lines and a file name, goes through every format: nothing arrives raw, line formats
 * stay one line per finding, and every structured format still parses.
 */
class UnsafeCharactersTest {

  /** ESC, BEL, CR, LF, NUL, backspace, DEL, the C1 range, bidi controls, line/paragraph separators, non-characters. */
  static final List<Integer> UNSAFE = List.copyOf(IntStream.concat(IntStream.of(0x1B, 0x07, 0x0D, 0x0A, 0x00, 0x08,
      0x0B, 0x0C, 0x7F, 0x2028, 0x2029, 0xFFFE, 0xFFFF, 0x061C, 0x200E, 0x200F),
      IntStream.concat(IntStream.rangeClosed(0x80, 0x9F),
          IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069))))
      .boxed().toList());

  @TempDir
  static Path dir;
  static Path quoted;
  static Path raw;

  @BeforeAll
  static void files() throws Exception {
    StringBuilder escapes = new StringBuilder();
    for (int c : UNSAFE) {
      escapes.append(c < 0x100 ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
    }
    // YAML escapes put every character into a value and a key; the name has controls too.
    boolean unicodeNames = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
    quoted = dir.resolve("app\u001b]0;owned\u0007" + (unicodeNames ? "\u202e" : "") + ".yaml");
    Files.writeString(quoted, "runtime: python312\n"
        + "service: \"a" + escapes + "b\"\n"
        + "\"key" + escapes + "\": 1\n"
        + "env_variables:\n  \"1" + escapes + "\": x\n", StandardCharsets.UTF_8);
    // Raw characters (those YAML lets through unescaped) on the source lines the excerpts show.
    raw = dir.resolve("raw").resolve("app.yaml");
    Files.createDirectories(raw.getParent());
    Files.writeString(raw, "runtime: python312\nservice: x\u202ey\u2066z\u2028\u0085  # \u202e\n"
        + "instance_cl\u202eas: 1\n", StandardCharsets.UTF_8);
  }

  private static Cli.Run run(Map<String, String> env, String... format) {
    List<String> args = new java.util.ArrayList<>(List.of("validate", "--no-config", "--color", "never"));
    args.addAll(List.of(format));
    args.addAll(List.of(quoted.toString(), raw.toString()));
    return Cli.run("", env, args.toArray(String[]::new));
  }

  static void assertNothingRaw(String output, String what) {
    output.codePoints().filter(c -> c != '\n' && Printable.unsafe(c)).findFirst().ifPresent(c ->
        org.junit.jupiter.api.Assertions.fail(what + " contains U+" + Integer.toHexString(c) + " raw:\n" + output));
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void nothingReachesTheOutputRaw(OutputFormat format) throws Exception {
    Cli.Run run = run(Map.of(), "--format", format.id());
    assertEquals(1, run.exitCode(), run.err());
    assertNothingRaw(run.out(), format.id());
    assertTrue(run.out().contains("\\x1b") || run.out().contains("\\u001b") || run.out().contains("%1B"),
        format.id() + " shows the escape:\n" + run.out());
    switch (format) {
      case JSON, GITLAB -> new ObjectMapper().readTree(run.out());
      case SARIF -> SarifFieldsTest.schemaValid(run.out());
      case JUNIT, CHECKSTYLE -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
      case GNU, GITHUB -> {
        long findings = findings();
        assertEquals(findings, run.out().lines().filter(l -> !l.startsWith("::notice title=appyaml::")).count(),
            format.id() + " is one line per finding:\n" + run.out());
      }
      case TEXT -> {
        assertTrue(run.out().contains("2 | service: x\\u202ey\\u2066z\\u2028\\x85  # \\u202e\n"), run.out());
        assertTrue(run.out().contains("3 | instance_cl\\u202eas: 1\n  | ^^^^^^^^^^^^^^^^^^^\n"), run.out());
      }
    }
  }

  private static long findings() throws Exception {
    return new ObjectMapper().readTree(run(Map.of(), "--format", "json").out()).at("/diagnostics").size();
  }

  @Test
  void theJsonFormatKeepsExactPathsAndEscapedMessages() throws Exception {
    var json = new ObjectMapper().readTree(run(Map.of(), "--format", "json").out());
    assertEquals(quoted.toString(), json.at("/files/0").asText(), "paths read back exactly");
    json.at("/diagnostics").forEach(d -> assertNothingRaw(d.at("/message").asText(), "a parsed message"));
  }

  @Test
  void theJobSummaryIsOneRowPerFinding() throws Exception {
    Path summary = dir.resolve("summary.md");
    run(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "--format", "github");
    String md = Files.readString(summary, StandardCharsets.UTF_8);
    assertNothingRaw(md, "the job summary");
    assertEquals(findings(), md.lines().filter(l -> l.startsWith("| `")).count(), md);
    assertFalse(md.lines().anyMatch(l -> l.startsWith("|") && !l.endsWith("|")), md);
  }

  @Test
  void scheduleShowsCronFileTextEscaped() throws Exception {
    Path cron = dir.resolve("cron").resolve("cron.yaml");
    Files.createDirectories(cron.getParent());
    Files.writeString(cron, "cron:\n- url: \"/job\\e]0;x\\a\\u202e\"\n  schedule: \"every 5 \\e[2Jminutes\"\n",
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("schedule", "--file", cron.toString());
    assertNothingRaw(run.out(), "schedule");
    assertTrue(run.out().contains("/job\\x1b]0;x\\x07\\u202e"), run.out());
  }

  @Test
  void problemsOnStderrAreEscapedToo() {
    Cli.Run run = Cli.run("validate", "missing\u001b[2J\u202e.yaml");
    assertEquals(2, run.exitCode());
    assertNothingRaw(run.err(), "stderr");
    assertTrue(run.err().contains("missing\\x1b[2J\\u202e.yaml"), run.err());
  }
}
