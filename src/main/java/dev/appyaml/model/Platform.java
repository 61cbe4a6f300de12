package dev.appyaml.model;

import dev.appyaml.runtime.GcloudGeneration;
import dev.appyaml.runtime.RuntimeCatalog;
import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.Set;

/**
 * The facts most rules depend on, derived once from a file (spec §2): environment,
 * generation and runtime.
 */
public record Platform(Environment environment, Generation generation, Optional<String> runtime) {

  private static final Set<String> FLEX_ENVS = Set.of("2", "flex", "flexible");
  public static Platform of(AppYaml app) {
    Optional<String> runtime = app.runtime().map(Located::value);
    String env = app.env().map(Located::value).orElse("");
    Environment environment;
    if (FLEX_ENVS.contains(env)) {
      environment = Environment.FLEXIBLE;
    } else if (app.vm().map(Located::value).orElse(false) || runtime.filter("vm"::equals).isPresent()) {
      environment = Environment.MANAGED_VMS;
    } else {
      environment = Environment.STANDARD;
    }
    return new Platform(environment, generation(environment, runtime), runtime);
  }

  private static Generation generation(Environment environment, Optional<String> runtime) {
    if (environment.isFlexible()) {
      return Generation.NOT_APPLICABLE;
    }
    if (runtime.isEmpty()) {
      return Generation.UNKNOWN;
    }
    return RuntimeCatalog.bundled().standard(runtime.get())
        .map(r -> r.generation() == dev.appyaml.runtime.Generation.FIRST ? Generation.FIRST : Generation.SECOND)
        .orElse(Generation.UNKNOWN);
  }

  public boolean isStandard() {
    return environment == Environment.STANDARD;
  }

  public boolean isSecondGeneration() {
    return generation == Generation.SECOND;
  }

  public boolean isRuntime(String id) {
    return runtime.filter(id::equals).isPresent();
  }

  /**
   * Whether gcloud applies its second-generation-only checks: it also matches {@code go111},
   * and never Ruby (spec §2.2, §13 rows 17–18).
   */
  public boolean gcloudTreatsAsSecondGeneration() {
    return isStandard() && runtime.filter(GcloudGeneration::isSecondGenerationForGcloud).isPresent();
  }

  public boolean isRuby() {
    return runtime.filter(r -> r.startsWith("ruby")).isPresent();
  }
}
