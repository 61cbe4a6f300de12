package dev.appyaml.report;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a reporter may see: the checked files, the sorted findings, the findings that were
 * suppressed (shown only by formats that can mark them), and rule metadata.
 */
public record Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<Suppressed> suppressed,
    List<RuleInfo> rules, String toolVersion, Invocation invocation) {

  public Report {
    files = List.copyOf(files);
    diagnostics = diagnostics.stream().map(Report::printable).sorted(Diagnostic.ORDER).toList();
    suppressed = suppressed.stream()
        .map(s -> new Suppressed(printable(s.diagnostic()), s.kind(), Printable.of(s.justification())))
        .sorted(java.util.Comparator.comparing(Suppressed::diagnostic, Diagnostic.ORDER)).toList();
    rules = List.copyOf(rules);
  }

  public Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<Suppressed> suppressed,
      List<RuleInfo> rules, String toolVersion) {
    this(files, diagnostics, suppressed, rules, toolVersion, Invocation.here(List.of()));
  }

  public Report(List<SourceFile> files, List<Diagnostic> diagnostics, List<RuleInfo> rules, String toolVersion) {
    this(files, diagnostics, List.of(), rules, toolVersion);
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
    return files.stream().filter(f -> f.displayPath().equals(displayPath)).findFirst();
  }

  public Optional<RuleInfo> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
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
