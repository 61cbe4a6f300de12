package dev.appyaml.rules.schema;

import dev.appyaml.catalog.Catalogs;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;

/** A generic rule: a visitor over the catalog of the file's kind; it judges every kind that has one. */
abstract class SchemaRule implements Rule, SchemaVisitor {

  @Override
  public final void check(RuleContext ctx) {
    SchemaWalk.walk(ctx, ctx.root(), catalogFor(ctx.file().kind()), this);
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return Catalogs.exists(kind);
  }

  static ObjectSpec catalogFor(FileKind kind) {
    return Catalogs.of(kind).orElseThrow(() -> new IllegalArgumentException("no catalog for " + kind));
  }
}
