package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.source.SourceFile;
import dev.appyaml.text.Order;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a reporter may see: the checked files, the sorted findings, the findings that were
 * suppressed (shown only by formats that can mark them), and rule metadata. Files and rules are
 * indexed, since a reporter looks one up for every finding.
 */
public final class Report {

  private final List<SourceFile> files;
  private final List<Diagnostic> diagnostics;
  private final List<Suppressed> suppressed;
  private final List<RuleInfo> rules;
  private final String toolVersion;
  private final Invocation invocation;
  private final Map<String, SourceFile> fileByPath = new HashMap<>();
  private final Map<String, RuleInfo> ruleById = new HashMap<>();

  public Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<Suppressed> suppressed,
      List<RuleInfo> rules, String toolVersion, Invocation invocation) {
    this.files = List.copyOf(files);
    this.diagnostics = diagnostics.stream().map(Report::printable).sorted(Diagnostic.ORDER).toList();
    this.suppressed = suppressed.stream()
        .map(s -> new Suppressed(printable(s.diagnostic()), s.kind(), Printable.of(s.justification())))
        .sorted(Order.by(Suppressed::diagnostic, Diagnostic.ORDER)).toList();
    this.rules = List.copyOf(rules);
    this.toolVersion = toolVersion;
    this.invocation = invocation;
    this.files.forEach(f -> fileByPath.putIfAbsent(f.displayPath(), f));
    this.rules.forEach(r -> ruleById.putIfAbsent(r.id(), r));
  }

  public Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<Suppressed> suppressed,
      List<RuleInfo> rules, String toolVersion) {
    this(files, diagnostics, suppressed, rules, toolVersion, Invocation.here(List.of()));
  }

  public Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<RuleInfo> rules, String toolVersion) {
    this(files, diagnostics, List.of(), rules, toolVersion);
  }

  public List<SourceFile> files() {
    return files;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Suppressed> suppressed() {
    return suppressed;
  }

  public List<RuleInfo> rules() {
    return rules;
  }

  public String toolVersion() {
    return toolVersion;
  }

  public Invocation invocation() {
    return invocation;
  }

  /** Messages and fix titles quote the user's file: every format shows them escaped ({@link Printable}). */
  private static Diagnostic printable(Diagnostic d) {
    String message = Printable.of(d.message());
    Optional<Fix> fix = d.fix().map(f -> {
      String title = Printable.of(f.title());
      return title.equals(f.title()) ? f : new Fix(title, f.replacement());
    });
    return message.equals(d.message()) && fix.equals(d.fix()) ? d
        : new Diagnostic(d.file(), d.range(), d.ruleId(), d.severity(), message, fix);
  }

  public Optional<SourceFile> source(String displayPath) {
    return Optional.ofNullable(fileByPath.get(displayPath));
  }

  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(ruleById.get(id));
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Findings grouped by file, in file order. */
  public Map<String, List<Diagnostic>> byFile() {
    Map<String, List<Diagnostic>> grouped = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      grouped.computeIfAbsent(d.file(), k -> new java.util.ArrayList<>()).add(d);
    }
    return grouped;
  }
}
