package dev.appyaml.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "appyaml",
    mixinStandardHelpOptions = true,
    versionProvider = ToolVersion.class,
    description = "Validates Google App Engine configuration (app.yaml, dispatch.yaml, cron.yaml,"
        + " apphosting.yaml) offline, before gcloud app deploy does.",
    footer = {"", "Exit codes: 0 no finding at the --fail-on level, 1 findings at that level (errors by default),"
        + " 2 usage or I/O problem, 3 internal error."})
final class AppYamlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  AppYamlCommand(Main.Environment environment) {
    this.environment = environment;
  }

  final Main.Environment environment;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE_OR_IO;
  }
}
