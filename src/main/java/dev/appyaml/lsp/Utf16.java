package dev.appyaml.lsp;

import dev.appyaml.source.SourceFile;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Positions between appyaml (1-based line, 1-based column counting code points) and LSP
 * (0-based line, 0-based character counting UTF-16 code units): an emoji is one column to
 * appyaml and two characters to an editor.
 */
final class Utf16 {

  private Utf16() {}

  static Range range(SourceFile source, dev.appyaml.source.Range range) {
    return new Range(position(source, range.start()), position(source, range.end()));
  }

  static Position position(SourceFile source, dev.appyaml.source.Position p) {
    String line = source.line(p.line());
    int codePoints = Math.min(p.column() - 1, line.codePointCount(0, line.length()));
    return new Position(p.line() - 1, line.offsetByCodePoints(0, Math.max(0, codePoints)));
  }

  static dev.appyaml.source.Position fromLsp(SourceFile source, Position p) {
    String line = source.line(p.getLine() + 1);
    int units = Math.max(0, Math.min(p.getCharacter(), line.length()));
    return new dev.appyaml.source.Position(p.getLine() + 1, line.codePointCount(0, units) + 1);
  }

  static boolean contains(Range range, Position p) {
    return compare(range.getStart(), p) <= 0 && compare(p, range.getEnd()) <= 0;
  }

  static boolean overlaps(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}
