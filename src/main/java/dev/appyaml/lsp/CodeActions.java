package dev.appyaml.lsp;

import dev.appyaml.rule.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes: a rule's own fix where it is mechanical (the "did you mean" rename, quoting, a
 * whole number for a truncated one), and a suppression comment for the finding's line with a
 * reason to fill in (appyaml reports a suppression without one, AY011).
 */
final class CodeActions {

  private CodeActions() {}

  static List<CodeAction> at(Findings findings, Range range) {
    List<CodeAction> actions = new ArrayList<>();
    for (Diagnostic d : findings.diagnostics()) {
      org.eclipse.lsp4j.Diagnostic lsp = findings.lsp(d);
      if (!Utf16.overlaps(lsp.getRange(), range)) {
        continue;
      }
      if (d.fix().isPresent() && d.fix().get().replacement().isPresent()) {
        CodeAction fix = action(d.fix().get().title(), findings.uri(),
            new TextEdit(lsp.getRange(), d.fix().get().replacement().get()), lsp);
        fix.setIsPreferred(true);
        actions.add(fix);
      }
      if (d.ruleId().matches("AY\\d{3}")) {
        actions.add(action("Disable " + d.ruleId() + " for this line", findings.uri(), suppression(findings, d), lsp));
      }
    }
    return actions;
  }

  /** A comment line above the finding's line, indented like it: it covers the next line. */
  private static TextEdit suppression(Findings findings, Diagnostic d) {
    int line = d.range().start().line();
    String text = findings.source().line(line);
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    String newline = findings.source().text().contains("\r\n") ? "\r\n" : "\n";
    Position start = new Position(line - 1, 0);
    return new TextEdit(new Range(start, start),
        indent + "# appyaml: disable=" + d.ruleId() + " -- reason" + newline);
  }

  private static CodeAction action(String title, String uri, TextEdit edit, org.eclipse.lsp4j.Diagnostic lsp) {
    CodeAction action = new CodeAction(capitalized(title));
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(lsp));
    action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
    return action;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
