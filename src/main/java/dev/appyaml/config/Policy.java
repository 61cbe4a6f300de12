package dev.appyaml.config;

import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a configuration file decides for one checked file: which rules run (not switched off, not
 * skipped for its path) and the severity each finding is reported at.
 */
public record Policy(Config config, Set<String> skippedRules) {

  /** The policy for a file, or empty when its configuration ignores the file altogether. */
  public static Optional<Policy> forFile(Config config, Optional<java.nio.file.Path> file) {
    if (file.isEmpty()) {
      return Optional.of(new Policy(config, Set.of()));
    }
    return ConfigResolver.skippedRules(config, file.get()).map(skipped -> new Policy(config, skipped));
  }

  public List<Rule> rules(List<Rule> selected) {
    return selected.stream()
        .filter(r -> !skippedRules.contains(r.info().id()))
        .filter(r -> config.select().map(s -> s.contains(r.info().id())).orElse(true))
        .filter(r -> !config.ignoredRules().contains(r.info().id()))
        .filter(r -> config.rules().getOrDefault(r.info().id(), Optional.of(r.info().severity())).isPresent())
        .toList();
  }

  // Written out rather than the record's own, which bootstraps through ObjectMethods at first use
  // (no start-up cache holds that; docs/performance.md). A configuration counts by identity: a run
  // loads each configuration file once.
  @Override
  public boolean equals(Object o) {
    return o instanceof Policy p && p.config == config && p.skippedRules.equals(skippedRules);
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(config) + skippedRules.hashCode();
  }

  /** The finding at the severity the configuration gives its rule. */
  public Diagnostic regrade(Diagnostic d) {
    return config.rules().getOrDefault(d.ruleId(), Optional.empty())
        .map(severity -> new Diagnostic(d.file(), d.range(), d.ruleId(), severity, d.message(), d.fix()))
        .orElse(d);
  }
}
