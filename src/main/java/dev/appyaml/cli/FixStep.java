package dev.appyaml.cli;

import dev.appyaml.fix.FileFixer;
import dev.appyaml.fix.FixPlan;
import dev.appyaml.fix.UnifiedDiff;
import dev.appyaml.report.Report;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code --diff} and {@code --fix}: the safe fixes of the reported findings, applied to the run's
 * own files (never to files read only as context, never to standard input). {@code --diff} prints
 * a unified diff and changes nothing; {@code --fix} writes each changed file atomically.
 */
final class FixStep {

  /** How many findings were fixed, in how many files. */
  record Outcome(int findings, int files) {}

  private FixStep() {}

  /** {@code paths}: where each of the run's files is on disk, by display path (standard input has none). */
  static Outcome run(Report report, Map<String, Path> paths, boolean write, PrintWriter out) {
    Map<String, List<Diagnostic>> byFile = report.diagnostics().stream()
        .collect(Collectors.groupingBy(Diagnostic::file));
    int findings = 0;
    int changed = 0;
    for (SourceFile file : report.files()) {
      Optional<Path> path = Optional.ofNullable(paths.get(file.displayPath()));
      List<Diagnostic> found = byFile.getOrDefault(file.displayPath(), List.of());
      if (path.isEmpty() || found.isEmpty()) {
        continue;
      }
      try {
        Optional<String> text = FileFixer.read(path.get(), file.text());
        if (text.isEmpty()) {
          continue;
        }
        FixPlan.Planned plan = FixPlan.of(text.get(), found,
            id -> RuleRegistry.byId(id).map(r -> r.info().safeFix()).orElse(false));
        if (plan.edits().isEmpty()) {
          continue;
        }
        String fixed = FixPlan.apply(text.get(), plan.edits());
        if (write) {
          FileFixer.write(path.get(), fixed);
        } else {
          out.print(UnifiedDiff.of(file.displayPath().replace('\\', '/'), text.get(), fixed));
        }
        findings += plan.fixed().size();
        changed++;
      } catch (IOException e) {
        throw new Main.UsageException("cannot fix " + file.displayPath() + ": " + e.getMessage());
      }
    }
    out.flush();
    return new Outcome(findings, changed);
  }
}
