package dev.appyaml.report;

import dev.appyaml.docs.RuleDocs;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.Suppressed;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: files relative to the repository root
 * ({@code %SRCROOT%}), the invocation with its working directory and input problems, suppressed
 * findings marked as such, and each rule's whole documentation as its help.
 */
final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void write(Report report, PrintWriter out) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "appyaml");
    driver.put("version", report.toolVersion());
    driver.put("informationUri", DocsLinks.REPOSITORY);
    // Only the rules a result names: each carries its whole documentation.
    java.util.Set<String> named = new java.util.HashSet<>();
    report.diagnostics().forEach(d -> named.add(d.ruleId()));
    report.suppressed().forEach(s -> named.add(s.diagnostic().ruleId()));
    List<Object> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleInfo rule : report.rules()) {
      if (named.contains(rule.id())) {
        ruleIndex.put(rule.id(), rules.size());
        rules.add(rule(rule, report.toolVersion()));
      }
    }
    driver.put("rules", rules);

    List<Object> results = new ArrayList<>();
    Fingerprints fingerprints = new Fingerprints();
    for (Diagnostic d : report.diagnostics()) {
      results.add(result(d, ruleIndex, report, fingerprints));
    }
    for (Suppressed s : report.suppressed()) {
      Map<String, Object> result = result(s.diagnostic(), ruleIndex, report, fingerprints);
      Map<String, Object> suppression = new LinkedHashMap<>();
      suppression.put("kind", s.kind() == Suppressed.Kind.IN_SOURCE ? "inSource" : "external");
      if (!s.justification().isBlank()) {
        suppression.put("justification", s.justification());
      }
      result.put("suppressions", List.of(suppression));
      results.add(result);
    }
    Invocation invocation = report.invocation();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation(invocation)));
    run.put("originalUriBaseIds",
        Map.of(Uris.SRCROOT, Map.of("uri", Uris.file(invocation.repositoryRoot(), true))));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    out.print(Json.write(sarif));
  }

  private static Map<String, Object> invocation(Invocation invocation) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("executionSuccessful", invocation.successful());
    m.put("workingDirectory", Map.of("uri", Uris.file(invocation.workingDirectory(), true)));
    if (!invocation.problems().isEmpty()) {
      m.put("toolExecutionNotifications", invocation.problems().stream()
          .map(p -> (Object) Map.of("level", "error", "message", Map.of("text", Printable.of(p))))
          .toList());
    }
    return m;
  }

  private static Map<String, Object> rule(RuleInfo rule, String toolVersion) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", rule.id());
    r.put("name", rule.name());
    r.put("shortDescription", Map.of("text", rule.summary()));
    r.put("fullDescription", Map.of("text", RuleDocs.whatItChecks(rule.id()).orElse(rule.summary())));
    r.put("helpUri", DocsLinks.rulePage(toolVersion, rule.id()));
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", rule.summary() + ". Run `appyaml explain " + rule.id() + "` for details.");
    help.put("markdown", RuleDocs.markdown(rule));
    r.put("help", help);
    r.put("defaultConfiguration", Map.of("level", level(rule.severity())));
    if (!rule.severityVaries().isEmpty()) {
      r.put("properties", Map.of("severityVaries", rule.severityVaries()));
    }
    return r;
  }

  private static Map<String, Object> result(Diagnostic d, Map<String, Integer> ruleIndex, Report report,
      Fingerprints fingerprints) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", d.range().start().line());
    region.put("startColumn", d.range().start().column());
    region.put("endLine", d.range().end().line());
    region.put("endColumn", d.range().end().column());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifactLocation(d.file(), report.invocation()));
    physical.put("region", region);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", d.ruleId());
    Optional.ofNullable(ruleIndex.get(d.ruleId())).ifPresent(i -> result.put("ruleIndex", i));
    result.put("level", level(d.severity()));
    String text = d.message() + d.fix().map(f -> " (fix: " + f.title() + ")").orElse("");
    result.put("message", Map.of("text", text));
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put("partialFingerprints", Map.of("appyaml/v1", fingerprints.of(d, Fingerprints.repositoryPath(d, report), Fingerprints.lineOf(d, report))));
    fixes(d, report.invocation()).ifPresent(f -> result.put("fixes", f));
    return result;
  }

  /** Relative to {@code %SRCROOT%} inside the repository, an absolute file URI outside it. */
  private static Map<String, Object> artifactLocation(String file, Invocation invocation) {
    Map<String, Object> location = new LinkedHashMap<>();
    Optional<String> inRepository = invocation.repositoryPath(file);
    if (inRepository.isPresent()) {
      location.put("uri", Uris.relative(inRepository.get()));
      location.put("uriBaseId", Uris.SRCROOT);
    } else {
      location.put("uri", Uris.file(invocation.absolute(file), false));
    }
    return location;
  }

  /** A replacement fix as SARIF's fixes: the finding's region deleted, the replacement inserted. */
  private static java.util.Optional<List<Object>> fixes(Diagnostic d, Invocation invocation) {
    return d.fix().flatMap(f -> f.replacement().map(text -> {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", d.range().start().line());
      region.put("startColumn", d.range().start().column());
      region.put("endLine", d.range().end().line());
      region.put("endColumn", d.range().end().column());
      Map<String, Object> replacement = new LinkedHashMap<>();
      replacement.put("deletedRegion", region);
      replacement.put("insertedContent", Map.of("text", text));
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("artifactLocation", artifactLocation(d.file(), invocation));
      change.put("replacements", List.of(replacement));
      Map<String, Object> fix = new LinkedHashMap<>();
      fix.put("description", Map.of("text", f.title()));
      fix.put("artifactChanges", List.of(change));
      return List.<Object>of(fix);
    }));
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
