package dev.appyaml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.appyaml.docs.RuleDocs;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF fields code scanning relies on: repository-relative files, invocation, suppressions, rule help. */
class SarifFieldsTest {

  static final String SUPPRESSED = "testdata/report/suppressed/app.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode schemaValid(String out) {
    try (InputStream schemaStream = SarifFieldsTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      JsonNode sarif = JSON.readTree(out);
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaStream);
      Set<ValidationMessage> errors = schema.validate(sarif);
      assertTrue(errors.isEmpty(), errors.toString());
      return sarif;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void suppressedFindingsAreEmittedWithTheirReason() {
    Cli.Run run = Cli.run("validate", "--format", "sarif", SUPPRESSED);
    JsonNode results = schemaValid(run.out()).at("/runs/0/results");
    List<JsonNode> suppressed = new ArrayList<>();
    results.forEach(r -> {
      if (r.has("suppressions")) {
        suppressed.add(r);
      }
    });
    assertEquals(1, suppressed.size(), results.toString());
    JsonNode result = suppressed.get(0);
    assertEquals("AY105", result.at("/ruleId").asText());
    assertEquals(2, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals("inSource", result.at("/suppressions/0/kind").asText());
    assertEquals("the service predates the naming rule", result.at("/suppressions/0/justification").asText());
    assertEquals(1, run.exitCode(), "the unsuppressed AY101 still fails the run");
    Cli.Run text = Cli.run("validate", SUPPRESSED);
    assertFalse(text.out().contains("AY105"), "other formats keep suppressed findings hidden");
  }

  @Test
  void externalSuppressionsAreMarkedExternal() {
    Report report = new Report(List.of(), List.of(), List.of(new dev.appyaml.rule.Suppressed(
        new dev.appyaml.rule.Diagnostic("app.yaml", dev.appyaml.source.Range.point(dev.appyaml.source.Position.START),
            "AY101", dev.appyaml.rule.Severity.ERROR, "unknown key x", java.util.Optional.empty()),
        dev.appyaml.rule.Suppressed.Kind.EXTERNAL, "in the baseline")), RuleRegistry.metadata(), "1.2.0");
    java.io.StringWriter out = new java.io.StringWriter();
    new SarifReporter().write(report, new java.io.PrintWriter(out));
    JsonNode sarif = schemaValid(out.toString());
    assertEquals("external", sarif.at("/runs/0/results/0/suppressions/0/kind").asText());
    assertEquals("https://github.com/appyaml/appyaml/blob/v1.2.0/docs/rules/AY101.md",
        sarif.at("/runs/0/tool/driver/rules/0/helpUri").asText(), "a release links the docs of its own tag");
  }

  @Test
  void baselineHiddenFindingsAreExternalSuppressions(@TempDir Path dir) {
    Path baseline = dir.resolve("baseline.json");
    Cli.run("validate", "--write-baseline", baseline.toString(), ReportFormatsTest.SAMPLE);
    Cli.Run run = Cli.run("validate", "--format", "sarif", "--baseline", baseline.toString(), ReportFormatsTest.SAMPLE);
    JsonNode results = schemaValid(run.out()).at("/runs/0/results");
    assertTrue(results.size() > 0, run.out() + run.err());
    results.forEach(r -> assertEquals("external", r.at("/suppressions/0/kind").asText(), r.toString()));
  }

  @Test
  void rulesCarryTheirWholeDocumentation() {
    JsonNode rules = schemaValid(Cli.run("validate", "--format", "sarif", SUPPRESSED).out()).at("/runs/0/tool/driver/rules");
    assertTrue(rules.size() >= 2);
    assertTrue(rules.findValuesAsText("id").contains("AY101"), "AY101's severity varies by file kind");
    for (JsonNode rule : rules) {
      String id = rule.at("/id").asText();
      assertEquals(Cli.run("explain", id).out(), rule.at("/help/markdown").asText(), id);
      assertEquals(RuleDocs.whatItChecks(id).orElseThrow(), rule.at("/fullDescription/text").asText(), id);
      assertFalse(rule.at("/fullDescription/text").asText().contains("\n"));
      assertEquals(RuleRegistry.byId(id).orElseThrow().info().severityVaries(),
          rule.at("/properties/severityVaries").asText(""), id);
      assertTrue(rule.at("/helpUri").asText().matches("https://github\\.com/appyaml/appyaml/blob/(main|v\\d+\\.\\d+\\.\\d+)/docs/rules/"
          + id + "\\.md"), rule.at("/helpUri").asText());
    }
  }

  @Test
  void theInvocationRecordsInputProblems() {
    Cli.Run run = Cli.run("validate", "--format", "sarif", "missing.yaml", SUPPRESSED);
    assertEquals(2, run.exitCode());
    JsonNode invocation = schemaValid(run.out()).at("/runs/0/invocations/0");
    assertFalse(invocation.at("/executionSuccessful").asBoolean(true));
    assertEquals(Uris.file(Path.of("").toAbsolutePath(), true), invocation.at("/workingDirectory/uri").asText());
    assertEquals("cannot read missing.yaml: no such file",
        invocation.at("/toolExecutionNotifications/0/message/text").asText());
    assertEquals("error", invocation.at("/toolExecutionNotifications/0/level").asText());

    JsonNode clean = schemaValid(Cli.run("validate", "--format", "sarif", SUPPRESSED).out()).at("/runs/0/invocations/0");
    assertTrue(clean.at("/executionSuccessful").asBoolean(false));
    assertTrue(clean.at("/toolExecutionNotifications").isMissingNode());
  }

  /** Runs appyaml in its own process, in {@code directory}, as code scanning's workflow would. */
  private static String sarifFrom(Path directory, String file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.appyaml.cli.Main", "validate", "--format", "sarif", "--no-config", file)
        .directory(directory.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> uris(String sarif) {
    List<String> uris = new ArrayList<>();
    schemaValid(sarif).at("/runs/0/results").forEach(r -> {
      JsonNode location = r.at("/locations/0/physicalLocation/artifactLocation");
      assertEquals("%SRCROOT%", location.at("/uriBaseId").asText(), location.toString());
      uris.add(location.at("/uri").asText());
    });
    assertFalse(uris.isEmpty());
    return uris.stream().distinct().toList();
  }

  @Test
  void urisAreRelativeToTheRepositoryWhereverAppyamlRuns(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("svc"));
    Files.createDirectories(repo.resolve("c:x"));
    String app = "runtime: python312\nservice: Billing_API\n";
    Files.writeString(repo.resolve("svc/app.yaml"), app);
    Files.writeString(repo.resolve("c:x/app.yaml"), app);

    List<String> fromSubdirectory = uris(sarifFrom(repo.resolve("svc"), "app.yaml"));
    assertEquals(List.of("svc/app.yaml"), fromSubdirectory);
    assertEquals(fromSubdirectory, uris(sarifFrom(repo.resolve("svc"), repo.resolve("svc/app.yaml").toString())));
    assertEquals(fromSubdirectory, uris(sarifFrom(repo.resolve("c:x"), repo.resolve("svc/app.yaml").toString())));
    assertEquals(fromSubdirectory, uris(sarifFrom(repo, "./svc/../svc/app.yaml")));
    assertEquals(fromSubdirectory, uris(sarifFrom(repo.resolve("svc"), ".")));

    List<String> drive = uris(sarifFrom(repo, "c:x/app.yaml"));
    assertEquals(List.of("c%3Ax/app.yaml"), drive);
    assertNull(URI.create(drive.get(0)).getScheme(), "c: must not read as a URI scheme");

    JsonNode root = schemaValid(sarifFrom(repo.resolve("svc"), "app.yaml")).at("/runs/0/originalUriBaseIds/%SRCROOT%/uri");
    assertEquals(repo.toUri().toString(), root.asText());
  }
}
