package dev.appyaml.lsp;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.source.SourceFile;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** One validated version of a document: its text, kind and findings, as appyaml and as LSP sees them. */
record Findings(String uri, SourceFile source, FileKind kind, List<Diagnostic> diagnostics) {

  static final String RULE_DOCS = "https://github.com/appyaml/appyaml/blob/main/docs/rules/";

  List<org.eclipse.lsp4j.Diagnostic> lsp() {
    return diagnostics.stream().map(this::lsp).toList();
  }

  org.eclipse.lsp4j.Diagnostic lsp(Diagnostic d) {
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(
        Utf16.range(source, d.range()), d.message(), severity(d), "appyaml", d.ruleId());
    if (d.ruleId().matches("AY\\d{3}")) {
      out.setCodeDescription(new DiagnosticCodeDescription(RULE_DOCS + d.ruleId() + ".md"));
    }
    return out;
  }

  private static DiagnosticSeverity severity(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }
}
