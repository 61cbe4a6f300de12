package dev.appyaml.source;

/**
 * A span of source text. {@code end} is exclusive: it is the position just after the last
 * character, as in SARIF's {@code endColumn}. An empty range ({@code start == end}) marks a point.
 */
public record Range(Position start, Position end) implements Comparable<Range> {

  public Range {
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
    }
  }

  public static Range point(Position position) {
    return new Range(position, position);
  }

  /** The smallest range covering both. */
  public Range union(Range other) {
    Position s = start.compareTo(other.start) <= 0 ? start : other.start;
    Position e = end.compareTo(other.end) >= 0 ? end : other.end;
    return new Range(s, e);
  }

  @Override
  public int compareTo(Range other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Range r && r.start.equals(start) && r.end.equals(end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
