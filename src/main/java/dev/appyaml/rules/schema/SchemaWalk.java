package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a file's tree along its kind's catalog and records what it meets. It descends only where
 * the node has the shape the catalog expects, so a wrong type is reported once, not again for
 * everything below it. Catalog specs are at most a few levels deep, so recursion is bounded.
 * The walk of a file is made once for all the generic rules, which all follow the same spec, and
 * kept by kind of step: each rule reads only the steps it judges.
 */
final class SchemaWalk {

  /** A mapping that should follow {@code spec}, reached at {@code path}. */
  record Mapping(MappingNode node, ObjectSpec spec, String path) {}

  /** A key of such a mapping that the spec knows. */
  record KnownKey(MappingNode.Entry entry, Element element, String path) {}

  /** Any value whose expected shape is known: element values and list items. */
  record Value(YamlNode node, Shape shape, String path) {}

  /** What the walk of one file met, each kind in walk order. */
  record Steps(List<Mapping> mappings, List<KnownKey> knownKeys, List<Value> values) {}

  private static final Object RECORDED = new Object();

  private SchemaWalk() {}

  /** The walk of the file's root mapping along its kind's catalog, made once per file. */
  static Steps of(RuleContext ctx) {
    return ctx.memo(RECORDED, () -> {
      Steps steps = new Steps(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      mapping(ctx.root(), SchemaRule.catalogFor(ctx.file().kind()), "", steps);
      return new Steps(List.copyOf(steps.mappings()), List.copyOf(steps.knownKeys()), List.copyOf(steps.values()));
    });
  }

  private static void mapping(MappingNode node, ObjectSpec spec, String path, Steps steps) {
    steps.mappings().add(new Mapping(node, spec, path));
    for (MappingNode.Entry entry : node.entries()) {
      Optional<Element> element = spec.element(entry.name());
      if (element.isPresent()) {
        String childPath = path.isEmpty() ? entry.name() : path + "." + entry.name();
        steps.knownKeys().add(new KnownKey(entry, element.get(), childPath));
        value(entry.value(), element.get().shape(), childPath, steps);
      }
    }
  }

  private static void value(YamlNode node, Shape shape, String path, Steps steps) {
    steps.values().add(new Value(node, shape, path));
    if (shape instanceof Shape.Obj obj && node instanceof MappingNode m) {
      mapping(m, obj.spec(), path, steps);
    } else if (shape instanceof Shape.ListOf list && node instanceof SequenceNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        value(s.items().get(i), list.item(), path + "[" + i + "]", steps);
      }
    }
  }
}
