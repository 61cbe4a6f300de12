package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality (a subset of Code Climate's issue format), shown in merge requests: one
 * object per finding with the rule as {@code check_name}, the file relative to the repository
 * root, the line, and a fingerprint GitLab uses to tell new findings from old ones.
 */
final class GitlabReporter implements Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    Fingerprints fingerprints = new Fingerprints();
    List<Object> issues = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      Map<String, Object> issue = new LinkedHashMap<>();
      issue.put("type", "issue");
      issue.put("check_name", d.ruleId());
      issue.put("description", d.ruleId() + " " + d.message() + d.fix().map(f -> " (fix: " + f.title() + ")").orElse(""));
      issue.put("categories", List.of("Bug Risk"));
      issue.put("severity", severity(d.severity()));
      issue.put("fingerprint", fingerprints.of(d, Fingerprints.repositoryPath(d, report), Fingerprints.lineOf(d, report)));
      Map<String, Object> lines = new LinkedHashMap<>();
      lines.put("begin", d.range().start().line());
      lines.put("end", d.range().end().line());
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("path", report.invocation().repositoryPath(d.file()).orElse(d.file()));
      location.put("lines", lines);
      issue.put("location", location);
      issues.add(issue);
    }
    out.print(Json.write(issues));
  }

  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
