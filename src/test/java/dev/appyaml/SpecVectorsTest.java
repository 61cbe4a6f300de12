package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RuleInfo;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test vectors of spec/app-yaml.md Appendix F. A vector's expected spec row (AY-URL-002) is
 * met when a finding comes from a rule whose {@code @RuleInfo(spec)} lists that row.
 */
class SpecVectorsTest {

  private static List<Diagnostic> validate(String yaml) {
    Validator validator = new Validator(RuleRegistry.all(),
        ValidationOptions.defaults(LocalDate.parse("2026-11-21")));
    return validator.validate("app.yaml", yaml.getBytes(StandardCharsets.UTF_8), FileKind.APP, Optional.empty())
        .diagnostics();
  }

  private static Set<String> specRows(List<Diagnostic> findings, int line) {
    Set<String> rows = new TreeSet<>();
    for (Diagnostic d : findings) {
      if (d.range().start().line() == line) {
        RuleInfo info = RuleRegistry.byId(d.ruleId()).orElseThrow().info();
        rows.addAll(Arrays.asList(info.spec()));
      }
    }
    return rows;
  }

  /** F.1: one value in a minimal file; the value sits on the last line. */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "url ; /(.*\\.(gif|png|jpg))$ ; -",
      "url ; .* ; -",
      "url ; (.*) ; -",
      "url ; (.*)$ ; AY-URL-002",
      "url ; ^/admin ; AY-URL-002",
      "url ; admin/.* ; AY-URL-002",
      "url ; () ; AY-URL-002",
      "default_expiration ; 4d 5h ; -",
      "default_expiration ; 7d 7d 7d ; -",
      "default_expiration ; 5m 30 ; AY-EXP-004",
      "default_expiration ; 1d6h ; AY-EXP-001",
      "default_expiration ; 1.5h ; AY-EXP-003",
      "default_expiration ; 1w ; AY-EXP-003",
      "max_pending_latency ; 30ms ; -",
      "max_pending_latency ; 1.5s ; -",
      "max_pending_latency ; 10s ; -",
      "max_pending_latency ; automatic ; -",
      "max_pending_latency ; 0.5s ; -",
      "max_pending_latency ; 500 ms ; AY-AS-015",
      "max_pending_latency ; 1.2345s ; AY-AS-015",
      "max_pending_latency ; 1.5ms ; AY-AS-015",
      "min_pending_latency ; 0 ; AY-AS-017",
      "service ; default ; -",
      "service ; my-svc ; -",
      "service ; 1abc ; -",
      "service ; -a ; AY-ID-001",
      "service ; a- ; AY-ID-001",
      "service ; My-Svc ; AY-ID-001",
      "service ; aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ; AY-ID-001",
      "idle_timeout ; 10m ; -",
      "idle_timeout ; 300s ; -",
      "idle_timeout ; 1h ; AY-BS-002",
      "idle_timeout ; 10 ; AY-BS-002",
      "instances ; 5 ; -",
      "instances ; 0 ; AY-MS-001",
      "instances ; \"05\" ; AY-MS-001",
      "max_idle_instances ; automatic ; -",
      "max_idle_instances ; 5 ; -",
      "max_idle_instances ; 0 ; AY-AS-007",
      "env_key ; _X ; -",
      "env_key ; MY_VAR1 ; -",
      "env_key ; 1VAR ; AY-VAR-002",
      "env_key ; MY-VAR ; AY-VAR-002",
  })
  void singleValues(String field, String input, String expectedRow) {
    String yaml = switch (field) {
      case "url" -> "runtime: python313\nservice: s\nhandlers:\n- script: auto\n  url: " + input + "\n";
      case "default_expiration", "service" -> "runtime: python313\n" + field + ": " + input + "\n";
      case "max_pending_latency", "min_pending_latency", "max_idle_instances" ->
          "runtime: python313\nservice: s\nautomatic_scaling:\n  max_instances: 5\n  " + field + ": " + input + "\n";
      case "idle_timeout" -> "runtime: python313\nservice: s\ninstance_class: B2\nbasic_scaling:\n  max_instances: 2\n  idle_timeout: " + input + "\n";
      case "instances" -> "runtime: python313\nservice: s\ninstance_class: B2\nmanual_scaling:\n  instances: " + input + "\n";
      case "env_key" -> "runtime: python313\nservice: s\nenv_variables:\n  " + input + ": \"x\"\n";
      default -> throw new IllegalArgumentException(field);
    };
    List<Diagnostic> findings = validate(yaml);
    int line = (int) yaml.lines().count();
    Set<String> rows = specRows(findings, line);
    if (expectedRow.equals("-")) {
      assertTrue(findings.stream().noneMatch(d -> d.range().start().line() == line && d.severity() == Severity.ERROR),
          () -> "expected no error on " + input + ", got " + findings);
    } else {
      assertTrue(rows.contains(expectedRow), () -> "expected " + expectedRow + " for " + input + ", got " + findings);
    }
  }

  static List<Object[]> wholeFiles() {
    return List.of(
        new Object[] {"runtime: python313\n", List.of("AY-AS-002")},
        new Object[] {"runtime: nodejs22\nhandlers:\n- url: /.*\n  script: index.js\n", List.of("AY-SCR-001")},
        new Object[] {"runtime: go122\nhandlers:\n- url: /static\n  static_dir: static\n", List.of("AY-HND-006")},
        new Object[] {"runtime: php83\nhandlers:\n- url: /img/(.*)\n  static_files: images/\\2\n- url: /.*\n  script: auto\n",
            List.of("AY-STA-003", "AY-STA-002")},
        new Object[] {"runtime: python312\nhandlers:\n- url: /s\n  static_dir: s\n  script: auto\n", List.of("AY-HND-003")},
        new Object[] {"runtime: java21\ninstance_class: B2\nautomatic_scaling:\n  max_instances: 5\n", List.of("AY-IC-004")},
        new Object[] {"runtime: ruby33\nbasic_scaling:\n  max_instances: 2\nmanual_scaling:\n  instances: 1\n", List.of("AY-SC-001")},
        new Object[] {"runtime: nodejs20\nresources:\n  cpu: 1\n  memory_gb: 0.5\n", List.of("AY-RES-010")},
        new Object[] {"runtime: python\nenv: flex\nentrypoint: gunicorn -b :$PORT main:app\nruntime_config:\n"
            + "  operating_system: ubuntu22\nautomatic_scaling:\n  min_instances: 1\n", List.of("AY-FAS-010")},
        new Object[] {"runtime: custom\nenv: flex\nresources:\n  cpu: 3\n  memory_gb: 20\n  disk_size_gb: 5\n",
            List.of("AY-RES-002", "AY-RES-003", "AY-RES-004")},
        new Object[] {"runtime: python313\n---\nruntime: go125\n", List.of("AY-YAML-002")});
  }

  /** F.2: whole files and the spec rows they must trigger. */
  @ParameterizedTest(name = "F.2 #{index}")
  @MethodSource("wholeFiles")
  void wholeFiles(String yaml, List<String> expectedRows) {
    List<Diagnostic> findings = validate(yaml);
    Set<String> rows = findings.stream()
        .flatMap(d -> Arrays.stream(RuleRegistry.byId(d.ruleId()).orElseThrow().info().spec()))
        .collect(Collectors.toCollection(TreeSet::new));
    for (String row : expectedRows) {
      assertTrue(rows.contains(row), () -> "expected " + row + ", got " + findings);
    }
    assertEquals(false, expectedRows.isEmpty());
  }
}
