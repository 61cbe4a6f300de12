package dev.appyaml.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * validate --fix and --diff: every firing fixture of a rule with safe fixes is fixed and then
 * silent for the fixes it offered; a second --fix changes nothing; CRLF and a byte-order mark
 * survive; over a copy of the shared corpus only bytes inside reported ranges change.
 */
class FixTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Fixture> fixableFixtures() {
    return Fixture.all().stream().filter(Fixture::fires)
        .filter(f -> RuleRegistry.byId(f.ruleId()).map(r -> r.info().safeFix()).orElse(false));
  }

  @Test
  void someRulesDeclareSafeFixes() {
    assertTrue(fixableFixtures().count() >= 8, "fixtures of rules with safe fixes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixableFixtures")
  void fixingAFiringFixtureLeavesNothingToFixAndIsIdempotent(Fixture fixture, @TempDir Path dir) throws IOException {
    Path copy = copyFolder(fixture.file().getParent(), dir).resolve(fixture.file().getFileName());
    byte[] before = Files.readAllBytes(copy);
    List<String> args = new ArrayList<>(List.of("validate", "--no-config", "--select", fixture.ruleId(),
        "--as-of", Cli.TODAY.toString()));
    args.addAll(fixture.options().stream().map(o -> o.startsWith("testdata/") ? dir.resolve(Path.of(o).getFileName()).toString() : o).toList());
    int offered = replacements(run(args, "--format", "json", copy.toString()));
    Cli.Run fixed = Cli.run(with(args, "--fix", copy.toString()));
    assertTrue(fixed.err().contains("appyaml: fixed "), fixed.err());
    if (offered > 0) {
      assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(copy)), "the file changed");
    }
    assertEquals(0, replacements(run(args, "--format", "json", copy.toString())),
        "after --fix no finding of " + fixture.ruleId() + " offers a replacement");
    byte[] once = Files.readAllBytes(copy);
    Cli.Run again = Cli.run(with(args, "--fix", copy.toString()));
    assertTrue(again.err().startsWith("appyaml: fixed 0 findings in 0 files"), again.err());
    assertArrayEquals(once, Files.readAllBytes(copy), "a second --fix changes nothing");
  }

  @Test
  void diffChangesNothingAndFixKeepsCrlfBomCommentsAndQuoting(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("app.yaml");
    String text = "# keep me\r\nruntime: python312\r\ninstance_clas: F2   # typo\r\nenv_variables:\r\n"
        + "  'DEBUG': yes\r\n  NAME: \"x\"\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
    byte[] original = Files.readAllBytes(file);

    Cli.Run diff = Cli.run("validate", "--no-config", "--diff", file.toString());
    assertEquals(1, diff.exitCode());
    assertArrayEquals(original, Files.readAllBytes(file), "--diff changes nothing");
    assertTrue(diff.out().contains("-instance_clas: F2   # typo\n+instance_class: F2   # typo\n"), diff.out());
    assertTrue(diff.out().contains("-  'DEBUG': yes\n+  'DEBUG': \"yes\"\n"), diff.out());

    Cli.Run fix = Cli.run("validate", "--no-config", "--fix", "--format", "gnu", file.toString());
    assertTrue(fix.err().startsWith("appyaml: fixed 2 findings in 1 file"), fix.err());
    String expected = "# keep me\r\nruntime: python312\r\ninstance_class: F2   # typo\r\nenv_variables:\r\n"
        + "  'DEBUG': \"yes\"\r\n  NAME: \"x\"\r\n";
    assertArrayEquals(concat(bom, expected.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(file));
    assertFalse(fix.out().contains("[AY101]") || fix.out().contains("[AY516]"), "re-validated: " + fix.out());
  }

  @Test
  void fixWritesOnlyTheFilesOfTheRun(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("svc"));
    Files.writeString(dir.resolve("dispatch.yaml"), "dispatch:\n- url: \"*/x/*\"\n  service: svc\n");
    Files.writeString(dir.resolve("svc/app.yaml"), "runtime: python312\nservice: svc\ninstance_clas: F2\n");
    Files.writeString(dir.resolve("app.yaml"), "runtime: python312\ninstance_clas: F2\n");
    Cli.Run run = Cli.run("validate", "--no-config", "--fix", dir.resolve("dispatch.yaml").toString(),
        dir.resolve("app.yaml").toString());
    assertTrue(run.err().startsWith("appyaml: fixed 1 finding in 1 file"), run.err());
    assertEquals("runtime: python312\ninstance_class: F2\n", Files.readString(dir.resolve("app.yaml")));
    assertEquals("runtime: python312\nservice: svc\ninstance_clas: F2\n", Files.readString(dir.resolve("svc/app.yaml")),
        "a file read only as context is never written");
  }

  @Test
  void fixOverTheCorpusChangesOnlyBytesInsideReportedRanges(@TempDir Path dir) throws IOException {
    Path corpus = Path.of("..", "shared", "corpus");
    assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")), "the shared corpus is not beside the repository");
    Path copy = copyTree(corpus, dir.resolve("corpus"));
    List<String> files = new ArrayList<>();
    for (String line : Files.readAllLines(copy.resolve("MANIFEST.tsv")).subList(1, Files.readAllLines(copy.resolve("MANIFEST.tsv")).size())) {
      if (!line.isBlank()) {
        files.add(copy.resolve(line.split("\t")[0]).toString());
      }
    }
    List<String> args = new ArrayList<>(List.of("validate", "--no-config", "--as-of", "2024-06-01", "--fail-on", "never"));
    JsonNode report = JSON.readTree(Cli.run(with(args, Stream.concat(Stream.of("--format", "json"), files.stream())
        .toArray(String[]::new))).out());
    java.util.Map<String, String> before = new java.util.HashMap<>();
    for (String f : files) {
      before.put(f, Files.readString(Path.of(f)));
    }
    Cli.Run fixed = Cli.run(with(args, Stream.concat(Stream.of("--fix"), files.stream()).toArray(String[]::new)));
    assertTrue(fixed.err().contains("appyaml: fixed "), fixed.err());
    int changed = 0;
    for (String f : files) {
      String after = Files.readString(Path.of(f));
      if (after.equals(before.get(f))) {
        continue;
      }
      changed++;
      List<int[]> ranges = new ArrayList<>();
      for (JsonNode d : report.get("diagnostics")) {
        if (d.get("file").asText().equals(f) && d.has("fix") && d.get("fix").has("replacement")) {
          ranges.add(new int[] {offset(before.get(f), d.at("/range/start")), offset(before.get(f), d.at("/range/end"))});
        }
      }
      assertTrue(Pattern.compile(outside(before.get(f), ranges), Pattern.DOTALL).matcher(after).matches(),
          f + " changed outside the reported ranges");
    }
    assertTrue(changed > 0, "the corpus has fixable findings");
  }

  /** A pattern matching the text with anything in place of each range. */
  private static String outside(String text, List<int[]> ranges) {
    ranges.sort(java.util.Comparator.comparingInt(r -> r[0]));
    StringBuilder re = new StringBuilder();
    int at = 0;
    for (int[] r : ranges) {
      if (r[0] < at) {
        continue;
      }
      re.append(Pattern.quote(text.substring(at, r[0]))).append("(.*?)");
      at = r[1];
    }
    return re.append(Pattern.quote(text.substring(at))).toString();
  }

  /** The offset of a 1-based line and column (code points) in a text, counted independently of the code under test. */
  private static int offset(String text, JsonNode position) {
    String[] lines = text.split("(?<=\\r\\n|\\n|\\r(?!\\n))", -1);
    int at = 0;
    for (int i = 1; i < position.get("line").asInt(); i++) {
      at += lines[i - 1].length();
    }
    return text.offsetByCodePoints(at, position.get("column").asInt() - 1);
  }

  private static int replacements(Cli.Run run) throws IOException {
    int n = 0;
    for (JsonNode d : JSON.readTree(run.out()).get("diagnostics")) {
      n += d.has("fix") && d.get("fix").has("replacement") ? 1 : 0;
    }
    return n;
  }

  private static Cli.Run run(List<String> args, String... more) {
    return Cli.run(with(args, more));
  }

  private static String[] with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Path copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
    return to;
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
