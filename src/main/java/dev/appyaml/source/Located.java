package dev.appyaml.source;

import java.util.Objects;

/**
 * A value from the file together with where it was written: {@code range} is the value's span,
 * {@code keyRange} the span of the mapping key that introduced it (equal to {@code range} for
 * list items).
 */
public record Located<T>(T value, Range range, Range keyRange) {

  public static <T> Located<T> of(T value, Range range) {
    return new Located<>(value, range, range);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Located<?> l && Objects.equals(l.value, value) && l.range.equals(range)
        && l.keyRange.equals(keyRange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, range, keyRange);
  }
}
