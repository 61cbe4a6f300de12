package dev.appyaml.baseline;

import dev.appyaml.report.Fingerprints;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A run's findings against a baseline: those it records are hidden (as external suppressions),
 * the others kept; baseline entries no finding matched any more are counted, so the file can
 * shrink. Each entry hides at most one finding.
 */
public record BaselineMatch(List<Diagnostic> kept, List<Suppressed> hidden, int stale) {

  /** The baseline entries for findings, their files named relative to {@code directory}. */
  public static List<Baseline.Entry> entries(List<Diagnostic> diagnostics, Path directory,
      Function<String, Optional<SourceFile>> sources) {
    Fingerprints fingerprints = new Fingerprints();
    List<Baseline.Entry> entries = new ArrayList<>();
    for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.ORDER).toList()) {
      String file = relative(d.file(), directory);
      String line = sources.apply(d.file()).map(s -> s.line(d.range().start().line())).orElse("");
      entries.add(new Baseline.Entry(file, d.ruleId(), fingerprints.of(d, file, line), d.message()));
    }
    return entries;
  }

  public static BaselineMatch of(Baseline baseline, Path baselineFile, List<Diagnostic> diagnostics,
      Function<String, Optional<SourceFile>> sources) {
    Path directory = directoryOf(baselineFile);
    Map<String, Integer> available = new HashMap<>();
    baseline.entries().forEach(e -> available.merge(key(e), 1, Integer::sum));
    List<Diagnostic> sorted = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    List<Baseline.Entry> current = entries(sorted, directory, sources);
    List<Diagnostic> kept = new ArrayList<>();
    List<Suppressed> hidden = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String key = key(current.get(i));
      if (available.getOrDefault(key, 0) > 0) {
        available.merge(key, -1, Integer::sum);
        hidden.add(new Suppressed(sorted.get(i), Suppressed.Kind.EXTERNAL, "recorded in the baseline " + baselineFile));
      } else {
        kept.add(sorted.get(i));
      }
    }
    int stale = available.values().stream().mapToInt(Integer::intValue).sum();
    return new BaselineMatch(kept, hidden, stale);
  }

  public static Path directoryOf(Path baselineFile) {
    Path parent = baselineFile.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  private static String key(Baseline.Entry e) {
    return e.file() + '\0' + e.ruleId() + '\0' + e.fingerprint();
  }

  private static String relative(String displayPath, Path directory) {
    try {
      Path path = Path.of(displayPath).toAbsolutePath().normalize();
      return (path.startsWith(directory) ? directory.relativize(path) : path).toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return displayPath;
    }
  }
}
