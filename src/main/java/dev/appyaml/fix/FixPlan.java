package dev.appyaml.fix;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.source.Position;
import dev.appyaml.text.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The edits {@code --fix} makes to one text: the replacement fixes of the findings whose rules
 * declare them safe, by range, so that everything outside an edit stays byte for byte (comments,
 * order, quoting, line ends). Of overlapping edits only the first is taken; a second run of
 * {@code --fix} takes the rest if they still apply.
 */
public final class FixPlan {

  /** The edits and the findings they fix. */
  public record Planned(List<TextEdit> edits, List<Diagnostic> fixed) {}

  private FixPlan() {}

  public static Planned of(String text, List<Diagnostic> diagnostics, Predicate<String> safeRule) {
    LineIndex lines = new LineIndex(text);
    List<Candidate> candidates = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Optional<String> replacement = d.fix().flatMap(f -> f.replacement());
      if (replacement.isEmpty() || !safeRule.test(d.ruleId())) {
        continue;
      }
      OptionalRange range = lines.offsets(d.range().start(), d.range().end());
      if (range.valid() && !text.substring(range.start(), range.end()).equals(replacement.get())) {
        candidates.add(new Candidate(new TextEdit(range.start(), range.end(), replacement.get()), d));
      }
    }
    candidates.sort(Order.byInt((Candidate c) -> c.edit().start()).thenInt(c -> c.edit().end()));
    List<TextEdit> edits = new ArrayList<>();
    List<Diagnostic> fixed = new ArrayList<>();
    int reached = -1;
    for (Candidate c : candidates) {
      if (c.edit().start() < reached || c.edit().start() == reached && c.edit().start() == c.edit().end()) {
        continue;
      }
      edits.add(c.edit());
      fixed.add(c.diagnostic());
      reached = c.edit().end();
    }
    return new Planned(List.copyOf(edits), List.copyOf(fixed));
  }

  /** The text with non-overlapping edits (sorted by start) applied. */
  public static String apply(String text, List<TextEdit> edits) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (TextEdit e : edits) {
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text.substring(at)).toString();
  }

  private record Candidate(TextEdit edit, Diagnostic diagnostic) {}

  private record OptionalRange(int start, int end, boolean valid) {}

  /**
   * Turns 1-based line and column (columns count code points, as positions do everywhere) into
   * offsets of the text; line breaks are \n, \r\n and \r, as SourceFile counts them.
   */
  private static final class LineIndex {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (c == '\n' || c == '\r') {
          starts.add(i + 1);
        }
      }
    }

    OptionalRange offsets(Position start, Position end) {
      int s = offset(start);
      int e = offset(end);
      return new OptionalRange(Math.max(s, 0), Math.max(e, 0), s >= 0 && e >= s);
    }

    private int offset(Position p) {
      if (p.line() < 1 || p.line() > starts.size()) {
        return -1;
      }
      int lineStart = starts.get(p.line() - 1);
      int lineEnd = p.line() < starts.size() ? starts.get(p.line()) : text.length();
      int at = lineStart;
      for (int column = 1; column < p.column(); column++) {
        if (at >= lineEnd) {
          return -1;
        }
        at += Character.charCount(text.codePointAt(at));
      }
      return at;
    }
  }
}
