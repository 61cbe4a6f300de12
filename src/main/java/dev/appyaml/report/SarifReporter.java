package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 as GitHub code scanning reads it. */
final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String DOCS = "https://github.com/appyaml/appyaml/blob/main/docs/rules/";

  @Override
  public void write(Report report, PrintWriter out) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "appyaml");
    driver.put("version", report.toolVersion());
    driver.put("informationUri", "https://github.com/appyaml/appyaml");
    List<Object> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleInfo rule : report.rules()) {
      ruleIndex.put(rule.id(), rules.size());
      rules.add(rule(rule));
    }
    driver.put("rules", rules);

    List<Object> results = new ArrayList<>();
    Fingerprints seen = new Fingerprints();
    for (Diagnostic d : report.diagnostics()) {
      results.add(result(d, ruleIndex.getOrDefault(d.ruleId(), -1), report, seen));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    out.print(Json.write(sarif));
  }

  private static Map<String, Object> rule(RuleInfo rule) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", rule.id());
    r.put("name", rule.name());
    r.put("shortDescription", Map.of("text", rule.summary()));
    r.put("helpUri", DOCS + rule.id() + ".md");
    r.put("help", Map.of("text", rule.summary() + ". Run `appyaml explain " + rule.id() + "` for details."));
    r.put("defaultConfiguration", Map.of("level", level(rule.severity())));
    return r;
  }

  private static Map<String, Object> result(Diagnostic d, int ruleIndex, Report report, Fingerprints seen) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", d.range().start().line());
    region.put("startColumn", d.range().start().column());
    region.put("endLine", d.range().end().line());
    region.put("endColumn", d.range().end().column());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", Uris.of(d.file())));
    physical.put("region", region);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", d.ruleId());
    if (ruleIndex >= 0) {
      result.put("ruleIndex", ruleIndex);
    }
    result.put("level", level(d.severity()));
    String text = d.message() + d.fix().map(f -> " (fix: " + f.title() + ")").orElse("");
    result.put("message", Map.of("text", text));
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put("partialFingerprints", Map.of("appyaml/v1", seen.of(d, report)));
    fixes(d).ifPresent(f -> result.put("fixes", f));
    return result;
  }

  /** A replacement fix as SARIF's fixes: the finding's region deleted, the replacement inserted. */
  private static java.util.Optional<List<Object>> fixes(Diagnostic d) {
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
      change.put("artifactLocation", Map.of("uri", Uris.of(d.file())));
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
