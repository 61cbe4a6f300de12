package dev.appyaml.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.cli.Main;
import dev.appyaml.source.SourceFile;
import dev.appyaml.source.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of {@code appyaml validate} in process (Jazzer). Each input is written
 * as a configuration file (its kind guessed from its content) and checked with every structured
 * format; the promises asserted are the product's: no Throwable escapes, no AY000, an exit code
 * of 0, 1 or 2, JSON and SARIF that a real parser reads, JUnit and Checkstyle XML that the JDK's
 * parser reads, every reported position inside the input, and under 2 s of CPU per input.
 *
 * <p>{@code mvn -B test} fuzzes for {@code fuzz.minutes} (2 by default; {@code -Dfuzz.minutes=60}
 * for a long run) in its own JVM, seeded from testdata/ (the build copies it into the
 * generated corpus, .cifuzz-corpus/, which also keeps what the fuzzer found between runs). Crashing inputs are written to src/test/resources/dev/appyaml/fuzz/ValidateFuzzTestInputs/
 * and replayed by every later run; move each into testdata/hostile/ with its expected output.
 */
class ValidateFuzzTest {

  private static final long CPU_BOUND_NANOS = 2_000_000_000L;
  private static final String[] FILE_FORMATS = {"sarif", "junit", "checkstyle"};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The first inputs of a JVM load and compile all of appyaml; the CPU bound applies after them. */
  private static final int WARM_UP_INPUTS = 10;
  private static Path dir;
  private static int inputs;

  @BeforeAll
  static void workspace() throws IOException {
    dir = Files.createTempDirectory("appyaml-fuzz");
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @FuzzTest
  void validate(byte[] input) throws Exception {
    Path file = dir.resolve(fileName(input));
    Files.write(file, input);
    // JSON on stdout for every input, and one of the file formats in turn (all three would triple the cost).
    String format = FILE_FORMATS[Math.floorMod(java.util.Arrays.hashCode(input), FILE_FORMATS.length)];
    Path reportFile = dir.resolve("report." + format);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long before = THREADS.getCurrentThreadCpuTime();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err),
        new Main.Environment(InputStream.nullInputStream(), Map.of(), false, LocalDate.parse("2026-11-21")),
        "validate", "--format", "json", "--no-config", "--output", format + "=" + reportFile, file.toString());
    long cpu = THREADS.getCurrentThreadCpuTime() - before;
    Files.delete(file);

    assertTrue(code == 0 || code == 1 || code == 2, "exit " + code + ": " + err);
    assertTrue(++inputs <= WARM_UP_INPUTS || cpu < CPU_BOUND_NANOS, "took " + cpu / 1_000_000 + " ms of CPU");
    assertFalse(err.toString().contains("\tat "), err.toString());
    if (code == 2) {
      assertTrue(err.toString().lines().count() <= 1, err.toString());
      return;
    }
    JsonNode report = JSON.readTree(out.toString());
    // Text that is not UTF-8 is reported at the bad byte: check positions against the bytes decoded leniently.
    TextDecoder.Result decoded = TextDecoder.decode(input);
    String text = decoded.problem().isPresent() ? new String(input, java.nio.charset.StandardCharsets.UTF_8) : decoded.text();
    SourceFile source = new SourceFile(file.toString(), text);
    for (JsonNode d : report.get("diagnostics")) {
      assertFalse(d.get("ruleId").asText().equals("AY000"), d.toString());
      assertInside(source, d.get("range").get("start"), d);
      assertInside(source, d.get("range").get("end"), d);
    }
    if (format.equals("sarif")) {
      JSON.readTree(Files.readString(reportFile));
    } else {
      parseXml(reportFile);
    }
  }

  /** The file name gcloud would give such content, so that each kind's rules see it. */
  private static String fileName(byte[] input) {
    String text = new String(input, 0, Math.min(input.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (text.contains("dispatch:")) {
      return "dispatch.yaml";
    }
    if (text.contains("cron:")) {
      return "cron.yaml";
    }
    if (text.contains("queue:")) {
      return "queue.yaml";
    }
    if (text.contains("runConfig:") || text.contains("outputFiles:") || text.contains("variable:")) {
      return "apphosting.yaml";
    }
    return "app.yaml";
  }

  private static void assertInside(SourceFile source, JsonNode position, JsonNode diagnostic) {
    int line = position.get("line").asInt();
    int column = position.get("column").asInt();
    assertTrue(line >= 1 && line <= source.lineCount(), "line outside the input: " + diagnostic);
    String text = source.line(line);
    assertTrue(column >= 1 && column <= text.codePointCount(0, text.length()) + 1, "column outside the input: " + diagnostic);
  }

  private static void parseXml(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    XML.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  static {
    XML.setNamespaceAware(false);
  }

}
