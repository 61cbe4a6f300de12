package dev.appyaml.config;

import dev.appyaml.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code .appyaml.yaml}: defaults for the deploy target and date, rule severities (or
 * {@code off}), which rules run ({@code select}, {@code ignore}), paths to ignore, and the run's
 * settings ({@link Run}); paths are relative to the directory the file is in.
 */
public record Config(
    Optional<Path> file,
    Optional<String> project,
    Optional<String> version,
    Optional<LocalDate> asOf,
    Map<String, Optional<Severity>> rules,
    List<Ignore> ignores,
    boolean inlineSuppressions,
    Optional<Set<String>> select,
    Set<String> ignoredRules,
    Run run) {

  /** No configuration file: everything at its default. */
  public static final Config NONE = new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Map.of(), List.of(), true);

  public Config(Optional<Path> file, Optional<String> project, Optional<String> version, Optional<LocalDate> asOf,
      Map<String, Optional<Severity>> rules, List<Ignore> ignores, boolean inlineSuppressions) {
    this(file, project, version, asOf, rules, ignores, inlineSuppressions, Optional.empty(), Set.of(), Run.NONE);
  }

  /** Files matching {@code glob} skip {@code rules}, or everything when no rules are named. */
  public record Ignore(String glob, List<String> rules) {}

  /**
   * Settings of a whole run, taken from the configuration that governs the working directory (or
   * {@code --config}): what fails the run, directory search globs, the baseline, declared app
   * roots (absolute).
   */
  public record Run(Optional<String> failOn, List<String> include, List<String> exclude, Optional<Path> baseline,
      List<App> apps) {
    public static final Run NONE = new Run(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
  }

  /**
   * A declared app: its root (absolute), and globs (relative to {@code base}, the configuration's
   * directory) naming service files that belong to it wherever they are.
   */
  public record App(Path root, Path base, List<String> services) {
    // Written out: a record's own equals and hashCode bootstrap through ObjectMethods at first use,
    // which no start-up cache holds (docs/performance.md).
    @Override
    public boolean equals(Object o) {
      return o instanceof App a && a.root.equals(root) && a.base.equals(base) && a.services.equals(services);
    }

    @Override
    public int hashCode() {
      return (31 * root.hashCode() + base.hashCode()) * 31 + services.hashCode();
    }
  }

  public Path baseDirectory() {
    return file.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
  }
}
