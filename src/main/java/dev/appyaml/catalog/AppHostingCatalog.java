package dev.appyaml.catalog;

import static dev.appyaml.catalog.ElementBuilder.anyText;
import static dev.appyaml.catalog.ElementBuilder.bool;
import static dev.appyaml.catalog.ElementBuilder.decimal;
import static dev.appyaml.catalog.ElementBuilder.enumShape;
import static dev.appyaml.catalog.ElementBuilder.integer;
import static dev.appyaml.catalog.ElementBuilder.lenientSpec;
import static dev.appyaml.catalog.ElementBuilder.listOf;
import static dev.appyaml.catalog.ElementBuilder.object;
import static dev.appyaml.catalog.ElementBuilder.oneOf;
import static dev.appyaml.catalog.ElementBuilder.text;

/**
 * Every element of Firebase App Hosting's {@code apphosting.yaml} and its
 * {@code apphosting.ENV.yaml} overrides (spec/neighbours.md §3), as Google's buildpacks read it
 * with Go's yaml.v2: unknown keys are ignored rather than rejected (appyaml flags them as likely
 * typos), integers are 32-bit. The ranges and the rules between values are semantic rules
 * (AY750 and on), which also judge the merged result of an environment file.
 */
public final class AppHostingCatalog {

  private AppHostingCatalog() {}

  private static final String SOURCE = "BP-AH apphostingschema.go (int32)";

  static final ObjectSpec NETWORK_INTERFACE = lenientSpec("a network interface",
      text("network"), text("subnetwork"), listOf("tags", anyText()));

  static final ObjectSpec VPC_ACCESS = lenientSpec("vpcAccess",
      text("connector").doc("Serverless VPC Access connector, by id or full name."),
      oneOf("egress", "ALL_TRAFFIC", "PRIVATE_RANGES_ONLY").byDefault("PRIVATE_RANGES_ONLY"),
      listOf("networkInterfaces", new Shape.Obj(NETWORK_INTERFACE)).doc("Direct VPC egress."));

  static final ObjectSpec RUN_CONFIG = lenientSpec("runConfig",
      decimal("cpu").doc("CPUs per instance: 1, 2, 4, 6, 8, or 0.08 to 0.99."),
      integer("memoryMiB", Integer.MIN_VALUE, Integer.MAX_VALUE, SOURCE).doc("Memory per instance, 128 to 32768 MiB."),
      integer("concurrency", Integer.MIN_VALUE, Integer.MAX_VALUE, SOURCE).doc("Requests per instance, up to 1000."),
      integer("maxInstances", Integer.MIN_VALUE, Integer.MAX_VALUE, SOURCE),
      integer("minInstances", Integer.MIN_VALUE, Integer.MAX_VALUE, SOURCE),
      bool("cpuAlwaysAllocated").doc("Instance-based billing: CPU stays allocated between requests."),
      object("vpcAccess", VPC_ACCESS));

  static final ObjectSpec ENV = lenientSpec("an env entry",
      text("variable").required().doc("Name of the environment variable."),
      text("value").doc("Plain-text value; give either value or secret."),
      text("secret").doc("Cloud Secret Manager reference; give either value or secret."),
      listOf("availability", enumShape("BUILD", "RUNTIME")).doc("BUILD, RUNTIME or both (the default)."));

  static final ObjectSpec SCRIPTS = lenientSpec("scripts", text("buildCommand"), text("runCommand"));

  static final ObjectSpec SERVER_APP = lenientSpec("serverApp", listOf("include", anyText()));

  static final ObjectSpec OUTPUT_FILES = lenientSpec("outputFiles", object("serverApp", SERVER_APP));

  public static final ObjectSpec APPHOSTING = lenientSpec("apphosting.yaml",
      object("runConfig", RUN_CONFIG).doc("The Cloud Run service the backend runs as."),
      listOf("env", new Shape.Obj(ENV)).doc("Environment variables and secrets."),
      object("scripts", SCRIPTS),
      object("outputFiles", OUTPUT_FILES))
      .note("schemaVersion", "Google's buildpacks test fixtures carry it, but Firebase does not document it and App"
          + " Hosting's reader has no such field, so it has no effect", "remove it; it has no effect");
}
