package dev.appyaml.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Binds an option of a hand-built picocli command to a field, through two lambdas: picocli then
 * needs no reflection and no annotation, which cost start-up time (docs/performance.md).
 */
final class Binding<T> implements IGetter, ISetter {

  private final Supplier<T> getter;
  private final Consumer<T> setter;

  private Binding(Supplier<T> getter, Consumer<T> setter) {
    this.getter = getter;
    this.setter = setter;
  }

  static <T> Binding<T> of(Supplier<T> getter, Consumer<T> setter) {
    return new Binding<>(getter, setter);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get() {
    return (V) getter.get();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V set(V value) {
    V old = get();
    setter.accept((T) value);
    return old;
  }
}
