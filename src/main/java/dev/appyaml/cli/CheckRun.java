package dev.appyaml.cli;

import dev.appyaml.config.Policy;
import dev.appyaml.rule.AppLayout;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.SourceFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checking part of one validate run. Each file is read, parsed and judged by the per-file
 * rules as it comes ({@link FileTasks}, on several threads for big runs), and its tree is let go
 * at once unless a cross-file rule reads files of its kind in this run; the cross-file pass then
 * runs once over the files kept, and their findings settle. Results come in input order, so the
 * report is the same whatever the number of threads.
 */
final class CheckRun {

  /** One file to check, with the policy and validator its configuration gives it. */
  record Job(Inputs.Input input, Policy policy, Validator validator) {}

  /** What the report is made of: every file's text and all findings, in input order. */
  record Outcome(List<SourceFile> sources, List<Diagnostic> diagnostics) {}

  /** A file after the per-file rules: settled already, or kept for the cross-file pass. */
  private record Step(Job job, Validator.Result result, Validator.Checked pending) {}

  private final Inputs inputs;
  private final List<Rule> selected;
  private final ValidationOptions runOptions;
  private final AppLayout layout;

  CheckRun(Inputs inputs, List<Rule> selected, ValidationOptions runOptions, AppLayout layout) {
    this.inputs = inputs;
    this.selected = selected;
    this.runOptions = runOptions;
    this.layout = layout;
  }

  Outcome run(List<Job> jobs, int threads) {
    Set<FileKind> kept = keptKinds(jobs);
    List<Step> steps = FileTasks.map(jobs, threads, job -> {
      CheckedFile file = inputs.read(job.input());
      Validator.Checked checked = job.validator().checkOwn(file);
      return kept.contains(file.kind()) ? new Step(job, null, checked)
          : new Step(job, job.validator().settle(checked, List.of()), null);
    });
    List<CheckedFile> forCrossFile = steps.stream().filter(s -> s.pending() != null).map(s -> s.pending().file()).toList();
    Map<String, List<Diagnostic>> acrossFiles = byFile(forCrossFile.isEmpty() ? List.of()
        : Validator.acrossFiles(selected, runOptions, forCrossFile, layout));
    List<SourceFile> sources = new ArrayList<>(steps.size());
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Step step : steps) {
      Validator.Result result = step.result() != null ? step.result()
          : step.job().validator().settle(step.pending(),
              acrossFiles.getOrDefault(step.pending().file().source().displayPath(), List.of()));
      sources.add(result.source());
      result.diagnostics().stream().map(step.job().policy()::regrade).forEach(diagnostics::add);
    }
    return new Outcome(sources, diagnostics);
  }

  /** The kinds of file the selected cross-file rules read in a run of these files. */
  private Set<FileKind> keptKinds(List<Job> jobs) {
    Set<FileKind> present = EnumSet.noneOf(FileKind.class);
    jobs.forEach(job -> present.add(inputs.kindOf(job.input().name())));
    Set<FileKind> kept = EnumSet.noneOf(FileKind.class);
    for (Rule rule : selected) {
      if (rule instanceof CrossFileRule crossFile) {
        kept.addAll(crossFile.reads(present));
      }
    }
    return kept;
  }

  private static Map<String, List<Diagnostic>> byFile(List<Diagnostic> diagnostics) {
    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    diagnostics.forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    return byFile;
  }
}
