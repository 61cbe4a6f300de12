package dev.appyaml.text;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A comparator built from sort keys, as {@link Comparator#comparing} and {@code thenComparing}
 * build one, but out of plain lambdas. The JDK's factories return serializable lambdas
 * ({@code LambdaMetafactory.altMetafactory}), which neither a CDS archive nor a JDK 25 AOT cache
 * holds: each one is generated at run time, and the first starts the JDK's class-file library,
 * several milliseconds of a one-file run (docs/performance.md). {@code ValidateLinksNothingAtRunTimeTest}
 * keeps them off the validate path.
 */
@FunctionalInterface
public interface Order<T> extends Comparator<T> {

  static <T, K extends Comparable<? super K>> Order<T> by(Function<? super T, ? extends K> key) {
    return (a, b) -> key.apply(a).compareTo(key.apply(b));
  }

  static <T, K> Order<T> by(Function<? super T, ? extends K> key, Comparator<? super K> order) {
    return (a, b) -> order.compare(key.apply(a), key.apply(b));
  }

  static <T> Order<T> byInt(ToIntFunction<? super T> key) {
    return (a, b) -> Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
  }

  /** This order, and {@code next} among the elements it finds equal. */
  default Order<T> then(Comparator<? super T> next) {
    return (a, b) -> {
      int c = compare(a, b);
      return c != 0 ? c : next.compare(a, b);
    };
  }

  default <K extends Comparable<? super K>> Order<T> then(Function<? super T, ? extends K> key) {
    return then(by(key));
  }

  default Order<T> thenInt(ToIntFunction<? super T> key) {
    return then(byInt(key));
  }

  /** The reverse of this order (not {@link Comparator#reversed}, whose result is not an Order). */
  default Order<T> descending() {
    return (a, b) -> compare(b, a);
  }
}
