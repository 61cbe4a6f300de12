package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.util.Optional;

/**
 * Walks a tree along a catalog spec, telling a visitor what it meets. It descends only where
 * the node has the shape the catalog expects, so a wrong type is reported once, not again for
 * everything below it. Catalog specs are at most a few levels deep, so recursion is bounded.
 */
final class SchemaWalk {

  private SchemaWalk() {}

  static void walk(RuleContext ctx, MappingNode root, ObjectSpec spec, SchemaVisitor visitor) {
    mapping(ctx, root, spec, "", visitor);
  }

  private static void mapping(RuleContext ctx, MappingNode node, ObjectSpec spec, String path, SchemaVisitor visitor) {
    visitor.mapping(ctx, node, spec, path);
    for (MappingNode.Entry entry : node.entries()) {
      Optional<Element> element = spec.element(entry.name());
      if (element.isPresent()) {
        String childPath = path.isEmpty() ? entry.name() : path + "." + entry.name();
        visitor.knownKey(ctx, entry, element.get(), childPath);
        value(ctx, entry.value(), element.get().shape(), childPath, visitor);
      }
    }
  }

  private static void value(RuleContext ctx, YamlNode node, Shape shape, String path, SchemaVisitor visitor) {
    visitor.value(ctx, node, shape, path);
    if (shape instanceof Shape.Obj obj && node instanceof MappingNode m) {
      mapping(ctx, m, obj.spec(), path, visitor);
    } else if (shape instanceof Shape.ListOf list && node instanceof SequenceNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        value(ctx, s.items().get(i), list.item(), path + "[" + i + "]", visitor);
      }
    }
  }
}
