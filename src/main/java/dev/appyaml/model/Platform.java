package dev.appyaml.model;

import dev.appyaml.source.Located;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The facts most rules depend on, derived once from a file (spec §2): environment,
 * generation and runtime.
 */
public record Platform(Environment environment, Generation generation, Optional<String> runtime) {

  private static final Set<String> FLEX_ENVS = Set.of("2", "flex", "flexible");
  private static final Set<String> FIRST_GENERATION =
      Set.of("python27", "java8", "php55", "go111", "python", "python-compat", "java", "java7", "php", "go");
  private static final Pattern SECOND_GENERATION =
      Pattern.compile("nodejs\\d+|php[789]\\d*|python3\\d+|go1\\d\\d+|java(1[1-9]|[2-9]\\d)|ruby\\d+");
  /** gcloud's "Ti" runtime patterns, applied as a prefix match like Python's re.match. */
  private static final Pattern GCLOUD_SECOND_GENERATION =
      Pattern.compile("nodejs\\d*|php[789]\\d*|python3\\d*|go1\\d\\d(\\w+\\d)?|java[123456]\\d*");

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
    String id = runtime.get();
    if (FIRST_GENERATION.contains(id)) {
      return Generation.FIRST;
    }
    return SECOND_GENERATION.matcher(id).matches() ? Generation.SECOND : Generation.UNKNOWN;
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
    return isStandard() && runtime.filter(r -> GCLOUD_SECOND_GENERATION.matcher(r).lookingAt()).isPresent();
  }

  public boolean isRuby() {
    return runtime.filter(r -> r.startsWith("ruby")).isPresent();
  }
}
