package dev.appyaml.catalog;

import static dev.appyaml.catalog.ElementBuilder.listOf;
import static dev.appyaml.catalog.ElementBuilder.spec;
import static dev.appyaml.catalog.ElementBuilder.text;

/**
 * Every element of {@code dispatch.yaml} (spec/neighbours.md §1.2). The url's grammar is judged
 * by semantic rules, which can say which part of the pattern is wrong.
 */
public final class DispatchCatalog {

  private DispatchCatalog() {}

  static final ObjectSpec RULE = spec("a dispatch rule",
      text("url").required().doc("Host and path pattern, such as */api/* or example.com/."),
      text("service", AppCatalog.MODULE_ID, AppCatalog.NAME).doc("Service that receives matching requests."),
      text("module", AppCatalog.MODULE_ID, AppCatalog.NAME).deprecated("service"));

  public static final ObjectSpec DISPATCH = spec("dispatch.yaml",
      listOf("dispatch", new Shape.Obj(RULE)).doc("Rules in order; the first whose url matches wins."),
      text("application", AppCatalog.APPLICATION, "a project id").doc("Rejected by gcloud; use --project."));
}
