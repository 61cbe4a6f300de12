package dev.appyaml.rules.apphosting;

import dev.appyaml.model.AppHostingYaml;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.RunContext;
import java.util.Optional;

/**
 * The runConfig values a deployment gets: one file's, or an environment file's merged over
 * {@code apphosting.yaml} field by field, the environment file winning (buildpacks'
 * {@code mergeAppHostingSchemas}). Every value remembers the file it came from.
 */
record RunConfigView(
    Optional<Setting<Double>> cpu,
    Optional<Setting<Long>> memoryMiB,
    Optional<Setting<Long>> concurrency,
    Optional<Setting<Long>> maxInstances,
    Optional<Setting<Long>> minInstances,
    Optional<Setting<Boolean>> cpuAlwaysAllocated) {

  static final RunConfigView EMPTY = new RunConfigView(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  static RunConfigView of(CheckedFile file) {
    return RunContext.root(file).flatMap(root -> AppHostingYaml.bind(root).runConfig()).map(rc -> {
      AppHostingYaml.RunConfig r = rc.value();
      return new RunConfigView(
          r.cpu().map(v -> Setting.of("cpu", v, file)),
          r.memoryMiB().map(v -> Setting.of("memoryMiB", v, file)),
          r.concurrency().map(v -> Setting.of("concurrency", v, file)),
          r.maxInstances().map(v -> Setting.of("maxInstances", v, file)),
          r.minInstances().map(v -> Setting.of("minInstances", v, file)),
          r.cpuAlwaysAllocated().map(v -> Setting.of("cpuAlwaysAllocated", v, file)));
    }).orElse(EMPTY);
  }

  /** This configuration with every value that {@code env} sets replaced by env's. */
  RunConfigView overriddenBy(RunConfigView env) {
    return new RunConfigView(
        env.cpu.or(() -> cpu),
        env.memoryMiB.or(() -> memoryMiB),
        env.concurrency.or(() -> concurrency),
        env.maxInstances.or(() -> maxInstances),
        env.minInstances.or(() -> minInstances),
        env.cpuAlwaysAllocated.or(() -> cpuAlwaysAllocated));
  }
}
