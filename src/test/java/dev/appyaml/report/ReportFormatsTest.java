package dev.appyaml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** One shared sample rendered by every reporter, each under a golden file. */
class ReportFormatsTest {

  static final String SAMPLE = "testdata/report/sample.yaml";

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void sampleInEveryFormat(OutputFormat format) {
    Cli.Run run = Cli.run("validate", "--format", format.id(), "--color", "never", "--as-of", "2026-11-21", SAMPLE);
    assertEquals(1, run.exitCode(), run.err());
    Golden.assertMatches(Path.of("testdata/report/sample." + format.id()), machineIndependent(run.out()));
  }

  /** SARIF names the working directory; goldens must not depend on where the repository is. */
  static String machineIndependent(String out) {
    return out.replace(Uris.file(Path.of("").toAbsolutePath(), true), "file:///WORKING_DIRECTORY/");
  }

  /** Carets count terminal columns: a wide character takes two, a combining mark none. */
  @Test
  void caretsUnderWideCharacters() {
    Cli.Run run = Cli.run("validate", "--color", "never", "testdata/report/wide-characters.yaml");
    Golden.assertMatches(Path.of("testdata/report/wide-characters.text"), run.out());
    assertTrue(run.out().contains("3 | service: \"café_日本\"\n  |          ^^^^^^^^^^^\n"), run.out());
  }

  @Test
  void textInColourWhenForced() {
    Cli.Run run = Cli.run("validate", "--color", "always", "--as-of", "2026-11-21", SAMPLE);
    assertTrue(run.out().contains("\u001b["), "ANSI escapes expected");
    Golden.assertMatches(Path.of("testdata/report/sample.text-color"), run.out());
  }

  @Test
  void sarifIsValidAgainstTheSchema() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "sarif", "--as-of", "2026-11-21", SAMPLE, "testdata/rules/AY001-yaml-syntax/tab.yaml");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode sarif = mapper.readTree(run.out());
    try (InputStream schemaStream = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaStream);
      Set<ValidationMessage> errors = schema.validate(sarif);
      assertTrue(errors.isEmpty(), errors.toString());
    }
    JsonNode result = sarif.at("/runs/0/results/0");
    assertEquals("AY105", result.at("/ruleId").asText());
    assertEquals("error", result.at("/level").asText());
    assertEquals(SAMPLE, result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals(3, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(10, result.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(21, result.at("/locations/0/physicalLocation/region/endColumn").asInt());
    assertTrue(result.at("/partialFingerprints").size() > 0);
    assertEquals(sarif.at("/runs/0/tool/driver/rules/" + result.at("/ruleIndex").asInt() + "/id").asText(), "AY105");
  }

  @Test
  void gnuIsExactlyOneLinePerFinding() {
    Cli.Run gnu = Cli.run("validate", "--format", "gnu", "--as-of", "2026-11-21", SAMPLE);
    for (String line : gnu.out().split("\n")) {
      assertTrue(line.matches("testdata/report/sample\\.yaml:\\d+:\\d+: (error|warning|info): .+ \\[AY\\d{3}\\]"), line);
    }
  }
}
