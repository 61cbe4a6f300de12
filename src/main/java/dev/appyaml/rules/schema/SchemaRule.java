package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Catalogs;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.YamlNode;

/**
 * A generic rule: it judges one kind of step of the walk of a file along the catalog of its kind
 * ({@link SchemaWalk}), for every kind that has a catalog. The context comes with every call
 * because rules are shared by every run and hold no per-run state.
 */
abstract sealed class SchemaRule implements Rule {

  private SchemaRule() {}

  @Override
  public boolean appliesTo(FileKind kind) {
    return Catalogs.exists(kind);
  }

  static ObjectSpec catalogFor(FileKind kind) {
    return Catalogs.of(kind).orElseThrow(() -> new IllegalArgumentException("no catalog for " + kind));
  }

  /** Judges each mapping the catalog describes. */
  abstract static non-sealed class OfMappings extends SchemaRule {
    @Override
    public final void check(RuleContext ctx) {
      for (SchemaWalk.Mapping m : SchemaWalk.of(ctx).mappings()) {
        mapping(ctx, m.node(), m.spec(), m.path());
      }
    }

    /** A mapping that should follow {@code spec}, reached at {@code path}. */
    abstract void mapping(RuleContext ctx, MappingNode node, ObjectSpec spec, String path);
  }

  /** Judges each key that the catalog knows where it is written. */
  abstract static non-sealed class OfKnownKeys extends SchemaRule {
    @Override
    public final void check(RuleContext ctx) {
      for (SchemaWalk.KnownKey k : SchemaWalk.of(ctx).knownKeys()) {
        knownKey(ctx, k.entry(), k.element(), k.path());
      }
    }

    /** A key of a catalogued mapping that the spec knows. */
    abstract void knownKey(RuleContext ctx, MappingNode.Entry entry, Element element, String path);
  }

  /** Judges each value whose expected shape the catalog gives: element values and list items. */
  abstract static non-sealed class OfValues extends SchemaRule {
    @Override
    public final void check(RuleContext ctx) {
      for (SchemaWalk.Value v : SchemaWalk.of(ctx).values()) {
        value(ctx, v.node(), v.shape(), v.path());
      }
    }

    /** A value whose expected shape is {@code shape}, reached at {@code path}. */
    abstract void value(RuleContext ctx, YamlNode node, Shape shape, String path);
  }
}
