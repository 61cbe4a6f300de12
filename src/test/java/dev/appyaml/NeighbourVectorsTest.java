package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The test vectors of spec/neighbours.md §4. A vector's expected spec row (DSP-012) is met when
 * an error comes from a rule whose {@code @RuleInfo(spec)} lists that row; "valid" means no
 * finding at all. Rows written "grammar" in the spec are CRN-008, the schedule grammar.
 */
class NeighbourVectorsTest {

  private static List<Diagnostic> validate(String name, FileKind kind, String yaml) {
    Validator validator = new Validator(RuleRegistry.all(), ValidationOptions.defaults(LocalDate.parse("2026-11-21")));
    return validator.validate(name, yaml.getBytes(StandardCharsets.UTF_8), kind, Optional.empty()).diagnostics();
  }

  private static Set<String> errorRows(List<Diagnostic> findings) {
    return findings.stream().filter(d -> d.severity() == Severity.ERROR)
        .flatMap(d -> Arrays.stream(RuleRegistry.byId(d.ruleId()).orElseThrow().info().spec()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertVector(List<Diagnostic> findings, String expected) {
    if (expected.equals("valid")) {
      assertEquals(List.of(), findings);
      return;
    }
    Set<String> rows = errorRows(findings);
    assertTrue(Arrays.stream(expected.split("/")).map(String::strip).anyMatch(rows::contains),
        "expected " + expected + " among " + rows + " from " + findings);
  }

  /** §4.1: dispatch urls. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "*/favicon.ico ; valid",
      "simple-sample.uc.r.appspot.com/ ; valid",
      "*/mobile/* ; valid",
      "*.customer1.myapp.com/* ; valid",
      "*-a/ ; valid",
      "example.com ; DSP-011",
      "/path ; DSP-011",
      "http://example.com/x ; DSP-011 / DSP-012",
      "Example.com/ ; DSP-012",
      "example.com:8080/ ; DSP-012",
      "my_host.com/ ; DSP-012",
      "example.com./ ; DSP-012",
      "1.2.3.4/ ; DSP-013",
      "a.*.com/ ; DSP-012",
      "**/x ; DSP-014",
      "*./x ; DSP-014",
      "*/a/*/b ; DSP-015"})
  void dispatchUrls(String url, String expected) {
    assertVector(validate("dispatch.yaml", FileKind.DISPATCH,
        "dispatch:\n- url: \"" + url + "\"\n  service: default\n"), expected);
  }

  /** §4.2: cron schedules, checked with Google's own schedule parser. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "every 5 minutes ; valid", "every 5 mins ; valid", "every 1 mins ; valid",
      "every 1 hours ; valid", "every 24 hours ; valid", "every 48 hours ; valid",
      "every 1 hour ; CRN-026",
      "every 2 hours synchronized ; valid", "every 15 mins synchronized ; valid",
      "every 7 hours synchronized ; CRN-021", "every 7 minutes synchronized ; CRN-021",
      "every 25 hours synchronized ; CRN-021",
      "every 5 minutes synchronized from 10:00 to 11:00 ; CRN-021",
      "every 5 minutes from 10:00 to 14:00 ; valid",
      "every day 00:00 ; valid", "every day 9:00 ; valid", "every day 23:59 ; valid",
      "every day 24:00 ; CRN-022",
      "every monday 09:00 ; valid", "'every mon,wed 09:00' ; valid", "every sunday 00:00 ; valid",
      "Every Monday 09:00 ; CRN-027",
      "'1st,3rd tuesday 09:00' ; valid", "'2nd,third mon of month 09:00' ; valid",
      "'1st,3rd tuesday' ; CRN-025", "'2nd monday,thu' ; CRN-025",
      "2nd wednesday of march 17:00 ; valid", "'1st,second mon,wed,fri of may 10:00' ; valid",
      "'1,8,15,22 of month 09:00' ; valid", "'1,15 of month 9:00' ; valid", "'1 of jan,april,july,oct 00:00' ; valid",
      "4th friday of month 09:00 ; valid", "fourth friday of month 09:00 ; valid", "5th friday of month 09:00 ; valid",
      "1st monday of quarter 09:00 ; valid", "1 of 2nd month of quarter 09:00 ; valid",
      "30 of feb 09:00 ; CRN-023", "31st of month 09:00 ; CRN-023",
      "'every 6 hours mon,wed,fri' ; CRN-024",
      "every 0 minutes ; CRN-020",
      "every 100000 minutes ; CRN-008",
      "9:00 ; CRN-008",
      "*/5 * * * * ; CRN-029"})
  void cronSchedules(String schedule, String expected) {
    assertVector(validate("cron.yaml", FileKind.CRON,
        "cron:\n- url: /t\n  schedule: \"" + schedule + "\"\n"), expected);
  }

  /** §4.3: apphosting.yaml runConfig, reproducing the buildpacks validator. */
  @ParameterizedTest(name = "cpu {0}, memoryMiB {1}, concurrency {2}, max {3}, min {4} -> {5}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "2 ; 1024 ; 100 ; 100 ; 2 ; valid",
      "0.5 ; 512 ; - ; - ; - ; AH-RC-003",
      "0.5 ; 512 ; 1 ; - ; - ; valid",
      "0.5 ; 1024 ; 1 ; - ; - ; valid",
      "0.25 ; 600 ; 1 ; - ; - ; AH-RC-030",
      "1 ; 4096 ; - ; - ; - ; AH-RC-030",
      "2 ; 4096 ; - ; - ; - ; valid",
      "4 ; 1024 ; - ; - ; - ; AH-RC-031",
      "4 ; - ; - ; - ; - ; AH-RC-032",
      "4 ; 2048 ; - ; - ; - ; valid",
      "6 ; 4096 ; - ; - ; - ; valid",
      "6 ; 24576 ; - ; - ; - ; AH-RC-030",
      "8 ; 32768 ; - ; - ; - ; valid",
      "- ; 4096 ; - ; - ; - ; AH-RC-033",
      "- ; 2048 ; - ; - ; - ; valid",
      "3 ; - ; - ; - ; - ; AH-RC-001",
      "1.5 ; - ; - ; - ; - ; AH-RC-001",
      "0.05 ; - ; 1 ; - ; - ; AH-RC-001",
      "- ; 64 ; - ; - ; - ; AH-RC-010",
      "- ; - ; 1001 ; - ; - ; AH-RC-020",
      "- ; - ; - ; 3 ; 5 ; AH-RC-042",
      "- ; - ; - ; - ; 101 ; AH-RC-042",
      "- ; - ; - ; 200 ; 101 ; valid"})
  void runConfig(String cpu, String memory, String concurrency, String max, String min, String expected) {
    StringBuilder yaml = new StringBuilder("runConfig:\n");
    append(yaml, "cpu", cpu);
    append(yaml, "memoryMiB", memory);
    append(yaml, "concurrency", concurrency);
    append(yaml, "maxInstances", max);
    append(yaml, "minInstances", min);
    assertVector(validate("apphosting.yaml", FileKind.APPHOSTING, yaml.toString()), expected);
  }

  private static void append(StringBuilder yaml, String key, String value) {
    if (value != null) {
      yaml.append("  ").append(key).append(": ").append(value).append('\n');
    }
  }
}
