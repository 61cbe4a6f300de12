package dev.appyaml.source;

/** A 1-based line and column in a source file; columns count Unicode code points. */
public record Position(int line, int column) implements Comparable<Position> {

  public static final Position START = new Position(1, 1);

  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }

  // equals and hashCode written out, here and in Range and Located: a record's own bootstrap
  // through ObjectMethods at first use, which no start-up cache holds (docs/performance.md).
  @Override
  public boolean equals(Object o) {
    return o instanceof Position p && p.line == line && p.column == column;
  }

  @Override
  public int hashCode() {
    return 31 * line + column;
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
