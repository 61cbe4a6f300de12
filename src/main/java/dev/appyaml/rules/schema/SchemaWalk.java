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
 * Walks a tree along a catalog spec, telling a visitor what it meets. It descends only where
 * the node has the shape the catalog expects, so a wrong type is reported once, not again for
 * everything below it. Catalog specs are at most a few levels deep, so recursion is bounded.
 * The walk of a file is recorded once and replayed for each generic rule, which all follow the
 * same spec: the catalog look-ups and paths are made once per file, not once per rule.
 */
final class SchemaWalk {

  /** What the walk met, in order. */
  private sealed interface Step {}

  private record Mapping(MappingNode node, ObjectSpec spec, String path) implements Step {}

  private record KnownKey(MappingNode.Entry entry, Element element, String path) implements Step {}

  private record Value(YamlNode node, Shape shape, String path) implements Step {}

  /** A file's walk, kept in its rule context. */
  private record Recorded(MappingNode root, ObjectSpec spec, List<Step> steps) {}

  private static final Object RECORDED = new Object();

  private SchemaWalk() {}

  static void walk(RuleContext ctx, MappingNode root, ObjectSpec spec, SchemaVisitor visitor) {
    Recorded recorded = ctx.memo(RECORDED, () -> new Recorded(root, spec, record(root, spec)));
    List<Step> steps = recorded.root() == root && recorded.spec() == spec ? recorded.steps() : record(root, spec);
    for (Step step : steps) {
      if (step instanceof Mapping m) {
        visitor.mapping(ctx, m.node(), m.spec(), m.path());
      } else if (step instanceof KnownKey k) {
        visitor.knownKey(ctx, k.entry(), k.element(), k.path());
      } else if (step instanceof Value v) {
        visitor.value(ctx, v.node(), v.shape(), v.path());
      }
    }
  }

  private static List<Step> record(MappingNode root, ObjectSpec spec) {
    List<Step> steps = new ArrayList<>();
    mapping(root, spec, "", steps);
    return List.copyOf(steps);
  }

  private static void mapping(MappingNode node, ObjectSpec spec, String path, List<Step> steps) {
    steps.add(new Mapping(node, spec, path));
    for (MappingNode.Entry entry : node.entries()) {
      Optional<Element> element = spec.element(entry.name());
      if (element.isPresent()) {
        String childPath = path.isEmpty() ? entry.name() : path + "." + entry.name();
        steps.add(new KnownKey(entry, element.get(), childPath));
        value(entry.value(), element.get().shape(), childPath, steps);
      }
    }
  }

  private static void value(YamlNode node, Shape shape, String path, List<Step> steps) {
    steps.add(new Value(node, shape, path));
    if (shape instanceof Shape.Obj obj && node instanceof MappingNode m) {
      mapping(m, obj.spec(), path, steps);
    } else if (shape instanceof Shape.ListOf list && node instanceof SequenceNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        value(s.items().get(i), list.item(), path + "[" + i + "]", steps);
      }
    }
  }
}
