package dev.appyaml.config;

import dev.appyaml.rule.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code .appyaml.yaml}: defaults for the deploy target and date, rule severities (or
 * {@code off}), and paths to ignore, all relative to the directory the file is in.
 */
public record Config(
    Optional<Path> file,
    Optional<String> project,
    Optional<String> version,
    Optional<LocalDate> asOf,
    Map<String, Optional<Severity>> rules,
    List<Ignore> ignores,
    boolean inlineSuppressions) {

  /** No configuration file: everything at its default. */
  public static final Config NONE =
      new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), true);

  /** Files matching {@code glob} skip {@code rules}, or everything when no rules are named. */
  public record Ignore(String glob, List<String> rules) {}

  public Path baseDirectory() {
    return file.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
  }
}
