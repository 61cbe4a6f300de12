package dev.appyaml.rules.apphosting;

import java.util.Set;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.CrossFileRule;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RuleContext;
import dev.appyaml.rule.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A rule about {@code runConfig}, judged twice, as App Hosting does: on every file on its own
 * (buildpacks validates each file as it reads it), and on each environment file merged over the
 * {@code apphosting.yaml} beside it (spec AH-MRG-001). A finding of the merge is reported only
 * when it rests on values from both files (any other is already a finding of one file alone),
 * at the environment file's value, naming where the base file's values were written. When only
 * the base file is given, the environment files beside it are read from disk and their merges
 * are reported at the base file's value instead.
 */
abstract class RunConfigRule implements CrossFileRule {

  /** Judges one configuration. */
  abstract void judge(RunConfigView config, Consumer<Finding> out);

  @Override
  public final void check(RuleContext ctx) {
    boolean environment = AppHostingFiles.isDeployedEnvironment(ctx.file());
    judge(RunConfigView.of(ctx.file()), f -> ctx.report(info().severity(), f.at().range(),
        f.message() + (environment && f.usesDefault()
            ? " (App Hosting validates this file on its own before merging it over apphosting.yaml)" : ""),
        f.fix()));
  }

  @Override
  public final void check(RunContext ctx) {
    for (CheckedFile file : ctx.files(FileKind.APPHOSTING)) {
      if (AppHostingFiles.isDeployedEnvironment(file)) {
        ctx.sibling(file, AppHostingFiles.BASE).filter(RunConfigRule::usable)
            .ifPresent(base -> reportMerged(ctx, base, file, file));
      } else if (AppHostingFiles.name(file).equals(AppHostingFiles.BASE)) {
        // Environment files beside a given base file, not given themselves: their merge is the
        // base file's concern too, so it is reported there.
        ctx.siblings(file, name -> AppHostingFiles.NAME.matcher(name).matches() && !name.equals(AppHostingFiles.BASE))
            .stream().filter(env -> !ctx.isGiven(env) && AppHostingFiles.isDeployedEnvironment(env) && usable(env))
            .forEach(env -> reportMerged(ctx, file, env, file));
      }
    }
  }

  private static boolean usable(CheckedFile file) {
    return !file.document().failed() && RunContext.root(file).isPresent();
  }

  /**
   * Judges {@code env} merged over {@code base} and reports, in {@code into}, the findings that
   * rest on values of both files, at {@code into}'s value, naming where the other file's are.
   */
  private void reportMerged(RunContext ctx, CheckedFile base, CheckedFile env, CheckedFile into) {
    RunConfigView merged = RunConfigView.of(base).overriddenBy(RunConfigView.of(env));
    List<Finding> found = new ArrayList<>();
    judge(merged, found::add);
    String environment = AppHostingFiles.environment(env).orElseThrow();
    for (Finding f : found) {
      Optional<Setting<?>> here = f.involved().stream().filter(s -> s.file() == into).findFirst();
      List<Setting<?>> there = f.involved().stream().filter(s -> s.file() != into).toList();
      if (here.isPresent() && !there.isEmpty()) {
        ctx.report(into, here.get().range(), f.message() + " (merged for environment " + environment + ": "
            + there.stream().map(s -> s.key() + " " + s.shown() + " comes from " + s.origin())
                .collect(Collectors.joining(", ")) + ")", f.fix());
      }
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.APPHOSTING;
  }

  @Override
  public final Set<FileKind> reads(Set<FileKind> present) {
    return Set.of(FileKind.APPHOSTING);
  }
}
