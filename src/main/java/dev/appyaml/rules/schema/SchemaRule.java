package dev.appyaml.rules.schema;

import dev.appyaml.catalog.AppCatalog;
import dev.appyaml.catalog.AppHostingCatalog;
import dev.appyaml.catalog.CronCatalog;
import dev.appyaml.catalog.DispatchCatalog;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.QueueCatalog;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleContext;
import java.util.Map;

/** A generic rule: a visitor over the catalog of the file's kind; it judges every kind that has one. */
abstract class SchemaRule implements Rule, SchemaVisitor {

  private static final Map<FileKind, ObjectSpec> CATALOGS = Map.of(
      FileKind.APP, AppCatalog.APP,
      FileKind.DISPATCH, DispatchCatalog.DISPATCH,
      FileKind.CRON, CronCatalog.CRON,
      FileKind.QUEUE, QueueCatalog.QUEUE,
      FileKind.APPHOSTING, AppHostingCatalog.APPHOSTING);

  @Override
  public final void check(RuleContext ctx) {
    SchemaWalk.walk(ctx, ctx.root(), catalogFor(ctx.file().kind()), this);
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return CATALOGS.containsKey(kind);
  }

  static ObjectSpec catalogFor(FileKind kind) {
    ObjectSpec catalog = CATALOGS.get(kind);
    if (catalog == null) {
      throw new IllegalArgumentException("no catalog for " + kind);
    }
    return catalog;
  }
}
