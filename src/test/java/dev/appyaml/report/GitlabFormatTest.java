package dev.appyaml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.testing.Cli;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --format gitlab} against GitLab's Code Quality report format: the fields GitLab requires
 * of every entry (docs.gitlab.com, "Code Quality report format", written down here: the test
 * runs offline) and the values it accepts.
 */
class GitlabFormatTest {

  /** Required by GitLab for each entry: name, then the JSON type the value must have. */
  static final List<List<String>> REQUIRED = List.of(
      List.of("/description", "string"),
      List.of("/check_name", "string"),
      List.of("/fingerprint", "string"),
      List.of("/severity", "string"),
      List.of("/location/path", "string"),
      List.of("/location/lines/begin", "integer"));

  static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  @Test
  void everyEntryHasTheFieldsGitlabRequires() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "gitlab", "--as-of", "2026-11-21", ReportFormatsTest.SAMPLE,
        "testdata/rules/AY001-yaml-syntax/tab.yaml");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertTrue(report.isArray() && report.size() > 5, run.out());
    Set<String> fingerprints = new HashSet<>();
    Set<String> severities = new HashSet<>();
    for (JsonNode entry : report) {
      for (List<String> field : REQUIRED) {
        JsonNode value = entry.at(field.get(0));
        assertTrue(field.get(1).equals("string") ? value.isTextual() && !value.asText().isEmpty() : value.isInt(),
            field.get(0) + " in " + entry);
      }
      assertTrue(SEVERITIES.contains(entry.at("/severity").asText()), entry.toString());
      assertTrue(entry.at("/location/lines/begin").asInt() >= 1);
      assertFalse(entry.at("/location/path").asText().startsWith("/"), "relative to the repository root");
      assertTrue(fingerprints.add(entry.at("/fingerprint").asText()), "fingerprints are unique: " + entry);
      severities.add(entry.at("/severity").asText());
    }
    assertTrue(severities.containsAll(Set.of("major", "minor")), severities.toString());
  }

  @Test
  void aCleanRunIsAnEmptyArray() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "gitlab", "testdata/ok/go-manual-scaling.yaml");
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(0, new ObjectMapper().readTree(run.out()).size());
  }

  @Test
  void fingerprintsMatchSarifs() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode gitlab = json.readTree(Cli.run("validate", "--format", "gitlab", ReportFormatsTest.SAMPLE).out());
    JsonNode sarif = json.readTree(Cli.run("validate", "--format", "sarif", ReportFormatsTest.SAMPLE).out());
    assertEquals(sarif.at("/runs/0/results/0/partialFingerprints/appyaml~1v1").asText(),
        gitlab.at("/0/fingerprint").asText(), "one identity for a finding in every format that has one");
  }
}
