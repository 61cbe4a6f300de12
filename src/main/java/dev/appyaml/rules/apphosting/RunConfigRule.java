package dev.appyaml.rules.apphosting;

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
 * at the environment file's value, naming where the base file's values were written.
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
    for (CheckedFile env : ctx.files(FileKind.APPHOSTING)) {
      if (!AppHostingFiles.isDeployedEnvironment(env)) {
        continue;
      }
      Optional<CheckedFile> base = ctx.sibling(env, AppHostingFiles.BASE)
          .filter(b -> !b.document().failed() && RunContext.root(b).isPresent());
      if (base.isEmpty()) {
        continue;
      }
      RunConfigView merged = RunConfigView.of(base.get()).overriddenBy(RunConfigView.of(env));
      List<Finding> found = new ArrayList<>();
      judge(merged, found::add);
      for (Finding f : found) {
        Optional<Setting<?>> here = f.involved().stream().filter(s -> s.file() == env).findFirst();
        List<Setting<?>> there = f.involved().stream().filter(s -> s.file() != env).toList();
        if (here.isPresent() && !there.isEmpty()) {
          String environment = AppHostingFiles.environment(env).orElseThrow();
          ctx.report(env, here.get().range(), f.message() + " (merged for environment " + environment + ": "
              + there.stream().map(s -> s.key() + " " + s.shown() + " comes from " + s.origin())
                  .collect(Collectors.joining(", ")) + ")", f.fix());
        }
      }
    }
  }

  @Override
  public boolean appliesTo(FileKind kind) {
    return kind == FileKind.APPHOSTING;
  }
}
