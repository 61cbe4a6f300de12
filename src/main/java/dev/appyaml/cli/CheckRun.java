package dev.appyaml.cli;

import dev.appyaml.config.Policy;
import dev.appyaml.rule.AppLayout;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileNeeds;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The checking part of one validate run. Each file is read, parsed and judged by the per-file
 * rules as it comes ({@link FileTasks}, on several threads for big runs), and its tree is let go
 * at once unless the cross-file rules read it in this run ({@link CrossFileNeeds}); the cross-file pass then
 * runs once over the files kept, and their findings settle. Results come in input order, so the
 * report is the same whatever the number of threads.
 */
final class CheckRun {

  /** One file to check, with the policy and validator its configuration gives it. */
  record Job(Inputs.Input input, Policy policy, Validator validator) {}

  /**
   * What the report is made of: every file's text, all findings and those inline suppressions
   * hid, in input order, and the files that could not be read.
   */
  record Outcome(List<SourceFile> sources, List<Diagnostic> diagnostics, List<Suppressed> suppressed,
      List<String> problems) {}

  /** A file after the per-file rules: settled already, kept for the cross-file pass, or unreadable. */
  private record Step(Job job, Validator.Result result, Validator.Checked pending, String problem) {}

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
    // Which trees the cross-file pass reads is worked out on the caller's thread while the other
    // threads already check files; a file checked before it is known keeps its tree until then.
    FutureTask<Set<Job>> kept = new FutureTask<>(() -> kept(jobs));
    List<Step> checked = FileTasks.map(jobs, threads, kept, job -> {
      CheckedFile file;
      try {
        file = inputs.read(job.input());
      } catch (Main.UsageException e) {
        return new Step(job, null, null, e.getMessage());
      }
      Validator.Checked own = job.validator().checkOwn(file);
      return kept.isDone() ? decided(job, own, done(kept)) : new Step(job, null, own, null);
    });
    Set<Job> keptJobs = done(kept);
    List<Step> steps = checked.stream()
        .map(s -> s.pending() != null && !keptJobs.contains(s.job()) ? decided(s.job(), s.pending(), keptJobs) : s)
        .toList();
    List<CheckedFile> forCrossFile = steps.stream().filter(s -> s.pending() != null).map(s -> s.pending().file()).toList();
    Map<String, List<Diagnostic>> acrossFiles = byFile(forCrossFile.isEmpty() ? List.of()
        : Validator.acrossFiles(selected, runOptions, forCrossFile, layout));
    List<SourceFile> sources = new ArrayList<>(steps.size());
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Step step : steps) {
      if (step.problem() != null) {
        problems.add(step.problem());
        continue;
      }
      Validator.Result result = step.result() != null ? step.result()
          : step.job().validator().settle(step.pending(),
              acrossFiles.getOrDefault(step.pending().file().source().displayPath(), List.of()));
      sources.add(result.source());
      Policy policy = step.job().policy();
      result.diagnostics().stream().map(policy::regrade).forEach(diagnostics::add);
      result.suppressed().stream()
          .map(h -> new Suppressed(policy.regrade(h.diagnostic()), h.kind(), h.justification()))
          .forEach(suppressed::add);
    }
    return new Outcome(sources, diagnostics, suppressed, problems);
  }

  /** A file after its own rules: kept for the cross-file pass if it reads it, else settled now and its tree let go. */
  private static Step decided(Job job, Validator.Checked own, Set<Job> kept) {
    return kept.contains(job) ? new Step(job, null, own, null)
        : new Step(job, job.validator().settle(own, List.of()), null, null);
  }

  private static Set<Job> done(FutureTask<Set<Job>> kept) {
    try {
      return kept.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The jobs whose files the cross-file pass reads ({@link CrossFileNeeds}); the others are let go once checked. */
  private Set<Job> kept(List<Job> jobs) {
    boolean[] needed = CrossFileNeeds.of(jobs.stream()
        .map(job -> new CrossFileNeeds.File(job.input().path(), inputs.kindOf(job.input().name()))).toList(),
        selected, layout);
    Set<Job> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < needed.length; i++) {
      if (needed[i]) {
        kept.add(jobs.get(i));
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
