package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Position;
import java.io.PrintWriter;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * Machine-readable findings. The shape is versioned by {@code "version"}; fields are only ever
 * added within a version. Documented in docs/output-formats.md.
 */
final class JsonReporter implements Reporter {

  static final int FORMAT_VERSION = 1;

  @Override
  public void write(Report report, PrintWriter out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", FORMAT_VERSION);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "appyaml");
    tool.put("version", report.toolVersion());
    root.put("tool", tool);
    root.put("files", report.files().stream().map(f -> (Object) f.displayPath()).toList());
    root.put("diagnostics", report.diagnostics().stream().map(d -> (Object) diagnostic(d, report)).toList());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("info", report.count(Severity.INFO));
    root.put("summary", summary);
    out.print(Json.write(root));
  }

  private static Map<String, Object> diagnostic(Diagnostic d, Report report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.file());
    m.put("ruleId", d.ruleId());
    m.put("ruleName", report.rule(d.ruleId()).map(r -> (Object) r.name()).orElse(d.ruleId()));
    m.put("severity", d.severity().label());
    m.put("message", d.message());
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("start", position(d.range().start()));
    range.put("end", position(d.range().end()));
    m.put("range", range);
    d.fix().ifPresent(fix -> {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("title", fix.title());
      fix.replacement().ifPresent(r -> f.put("replacement", r));
      m.put("fix", f);
    });
    return m;
  }

  private static Map<String, Object> position(Position p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line", p.line());
    m.put("column", p.column());
    return m;
  }

}
