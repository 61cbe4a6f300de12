package dev.appyaml.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code appyaml} itself, which only shows its usage. Built by hand with picocli's programmatic API,
 * as {@link ValidateCommandLine} is, so that a validate run reads no annotation.
 */
final class AppYamlCommand implements Callable<Integer> {

  private CommandSpec spec;

  static CommandSpec spec() {
    AppYamlCommand command = new AppYamlCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    command.spec = spec;
    spec.name("appyaml").versionProvider(new ToolVersion());
    spec.usageMessage()
        .description("Validates Google App Engine configuration (app.yaml, dispatch.yaml, cron.yaml,"
            + " apphosting.yaml) offline, before gcloud app deploy does.")
        .footer("", "Exit codes: 0 no finding at the --fail-on level, 1 findings at that level (errors by default),"
            + " 2 usage or I/O problem, 3 internal error.");
    // What picocli's mixinStandardHelpOptions would add (by reflection over its own annotated mixin).
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE_OR_IO;
  }
}
