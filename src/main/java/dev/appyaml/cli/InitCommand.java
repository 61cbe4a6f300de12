package dev.appyaml.cli;

import dev.appyaml.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Writes a starter .appyaml.yaml, every setting explained; never overwrites one"
    + " unless --force is given.")
final class InitCommand implements Callable<Integer> {

  static final String STARTER = """
      # appyaml configuration: found by searching upward from each checked file.
      # Every setting is optional; paths are relative to this file.
      # Schema: https://github.com/appyaml/appyaml/blob/main/docs/appyaml-config.schema.json

      # Deploy target, as gcloud's --project and app deploy's --version (enables the host label check).
      # project: my-project
      # version: v1

      # What makes `appyaml validate` exit 1: error (default), warning, info or never.
      fail-on: error

      # Which rules run: ids (AY105), id prefixes (AY3) or names (pattern-mismatch).
      # select: [AY1, AY2, AY3]
      # Rule ids or prefixes not to run anywhere; path globs to skip; or {path, rules} to skip some rules there.
      ignore: []
      #  - AY312
      #  - legacy/**
      #  - {path: services/batch/**, rules: [AY107]}

      # Severity per rule: off, error, warning or info.
      rules: {}
      #  AY109: error

      # Directory search: also check files matching these globs, and skip these.
      # include: ['deploy/*.yaml']
      # exclude: ['vendor/**']

      # Findings recorded here are not reported (write it with appyaml validate --write-baseline FILE).
      # baseline: appyaml-baseline.json

      # Directories that each hold one app, for the checks across service files, dispatch.yaml and cron.yaml
      # (by default a directory holding dispatch.yaml or cron.yaml is an app's root).
      # apps: [frontend, backend]
      # apps: [{root: deploy, services: ['services/*/app.yaml']}]
      """;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
      description = "Directory to write .appyaml.yaml in (default: the current directory).")
  Path directory;

  @Option(names = "--force", description = "Overwrite an existing .appyaml.yaml.")
  boolean force;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    Path target = directory.resolve(ConfigLoader.FILE_NAME);
    if (!Files.isDirectory(directory)) {
      throw new Main.UsageException("cannot write " + target + ": directory " + directory + " does not exist");
    }
    if (Files.exists(target) && !force) {
      throw new Main.UsageException(target + " exists already; pass --force to overwrite it");
    }
    try {
      Path temporary = Files.createTempFile(directory.toAbsolutePath(), ".appyaml-init", ".tmp");
      try {
        Files.writeString(temporary, STARTER);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new Main.UsageException("cannot write " + target + ": " + e.getMessage());
    }
    spec.commandLine().getOut().println("wrote " + target);
    return ExitCode.OK;
  }
}
