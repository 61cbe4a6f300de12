package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.ScalarType;
import dev.appyaml.yaml.Scalars;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, located access to one mapping's values, converting scalars the way Google's validator
 * does ({@code str()}, {@code int()}, {@code float()}, {@code bool()}). A value that cannot be
 * converted is simply absent here: judging it is the catalog rules' job.
 */
final class Fields {

  private final MappingNode map;
  /**
   * A bit per key of the mapping, chosen by the key's hash: a binder asks for every key it knows,
   * most of them absent, and a clear bit answers without a scan of the entries.
   */
  private final long keyBits;

  private Fields(MappingNode map) {
    this.map = map;
    long bits = 0;
    for (MappingNode.Entry entry : map.entries()) {
      bits |= 1L << entry.name().hashCode();
    }
    this.keyBits = bits;
  }

  private Optional<MappingNode.Entry> written(String key) {
    return (keyBits & 1L << key.hashCode()) == 0 ? Optional.empty() : map.entry(key);
  }

  static Fields of(MappingNode map) {
    return new Fields(map);
  }

  static Optional<Fields> of(YamlNode node) {
    return node instanceof MappingNode m ? Optional.of(new Fields(m)) : Optional.empty();
  }

  MappingNode node() {
    return map;
  }

  Optional<MappingNode.Entry> entry(String key) {
    return written(key).filter(e -> !(e.value() instanceof ScalarNode s && s.isNull()));
  }

  /** Present at all, even when empty ({@code key:} with no value). */
  Optional<Located<YamlNode>> raw(String key) {
    return written(key).map(e -> new Located<>(e.value(), e.value().range(), e.key().range()));
  }

  Optional<Located<String>> str(String key) {
    return scalar(key).map(s -> new Located<>(s.value().pythonStr(), s.range(), s.keyRange()));
  }

  Optional<Located<ScalarNode>> scalar(String key) {
    return entry(key).filter(e -> e.value() instanceof ScalarNode)
        .map(e -> new Located<>((ScalarNode) e.value(), e.value().range(), e.key().range()));
  }

  Optional<Located<Long>> integer(String key) {
    return scalar(key).flatMap(s -> Scalars.toLong(s.value()).map(v -> new Located<>(v, s.range(), s.keyRange())));
  }

  Optional<Located<Double>> decimal(String key) {
    return scalar(key).flatMap(s -> Scalars.toDouble(s.value()).map(v -> new Located<>(v, s.range(), s.keyRange())));
  }

  Optional<Located<Boolean>> bool(String key) {
    return scalar(key).map(s -> new Located<>(Scalars.pythonBool(s.value()), s.range(), s.keyRange()));
  }

  <T> Optional<Located<T>> object(String key, Function<Fields, T> binder) {
    return entry(key).filter(e -> e.value() instanceof MappingNode)
        .map(e -> new Located<>(binder.apply(new Fields((MappingNode) e.value())), e.value().range(), e.key().range()));
  }

  <T> Optional<Located<List<Located<T>>>> list(String key, Function<YamlNode, Optional<T>> itemBinder) {
    return entry(key).filter(e -> e.value() instanceof SequenceNode).map(e -> {
      List<Located<T>> items = new ArrayList<>();
      for (YamlNode item : ((SequenceNode) e.value()).items()) {
        itemBinder.apply(item).ifPresent(v -> items.add(Located.of(v, item.range())));
      }
      return new Located<>(List.copyOf(items), e.value().range(), e.key().range());
    });
  }

  Optional<Located<List<Located<String>>>> strings(String key) {
    return list(key, n -> n instanceof ScalarNode s && !s.isNull() ? Optional.of(s.pythonStr()) : Optional.empty());
  }

  /** A free-form map of names to scalar values, each value as Python's {@code str()} gives it. */
  Optional<Located<Map<Located<String>, Located<String>>>> stringMap(String key) {
    return entry(key).filter(e -> e.value() instanceof MappingNode).map(e -> {
      Map<Located<String>, Located<String>> result = new LinkedHashMap<>();
      for (MappingNode.Entry item : ((MappingNode) e.value()).entries()) {
        String value = item.value() instanceof ScalarNode s ? s.pythonStr() : "";
        result.put(new Located<>(item.key().text(), item.key().range(), item.key().range()),
            new Located<>(value, item.value().range(), item.key().range()));
      }
      return new Located<>(Map.copyOf(result), e.value().range(), e.key().range());
    });
  }

  static boolean isScalarType(YamlNode node, ScalarType type) {
    return node instanceof ScalarNode s && s.type() == type;
  }
}
