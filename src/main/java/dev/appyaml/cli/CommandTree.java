package dev.appyaml.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * appyaml's commands as picocli builds them: every line but a plain validate one
 * ({@link QuickCommandLine}). Apart from {@link Main} so that starting appyaml loads no picocli
 * class: the JVM's launcher resolves the types of every method of the main class.
 */
public final class CommandTree {

  private CommandTree() {}

  /** Runs the command line through picocli. */
  static int execute(PrintWriter out, PrintWriter err, Main.Environment environment, String... args) {
    return commandLine(out, err, environment, args).execute(args);
  }

  /** The whole command tree; also what the build's man page and completion script describe. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Main.Environment environment) {
    return configured(new CommandLine(AppYamlCommand.spec())
        .addSubcommand(new CommandLine(ValidateCommandLine.spec(new ValidateCommand(environment, out, err))))
        .addSubcommand(new RulesCommand())
        .addSubcommand(new ExplainCommand())
        .addSubcommand(new ScheduleCommand(environment))
        .addSubcommand(new SchemaCommand())
        .addSubcommand(new LspCommand(environment))
        .addSubcommand(new InitCommand())
        .addSubcommand(new CompletionCommand())
        .addSubcommand(new CommandLine.HelpCommand()), out, err);
  }

  /**
   * The tree a run with these arguments needs: for {@code validate}, only that command, whose
   * options are built by hand; the other commands are read by picocli from their annotations, which
   * costs start-up time that a validate run need not pay. Either way the run behaves the same.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Main.Environment environment, String... args) {
    if (args.length > 0 && args[0].equals(ValidateCommandLine.NAME)) {
      return configured(new CommandLine(AppYamlCommand.spec())
          .addSubcommand(new CommandLine(ValidateCommandLine.spec(new ValidateCommand(environment, out, err)))), out, err);
    }
    return commandLine(out, err, environment);
  }

  private static CommandLine configured(CommandLine commandLine, PrintWriter out, PrintWriter err) {
    return commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((e, argv) -> {
          err.println("appyaml: " + dev.appyaml.report.Printable.of(e.getMessage()));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCode.USAGE_OR_IO;
        })
        .setExecutionExceptionHandler(executionExceptionHandler(err));
  }

  /**
   * Usage problems are one line and exit 2; anything else is an internal error, with its stack
   * trace when --debug was given to the command (or subcommand) that ran.
   */
  static CommandLine.IExecutionExceptionHandler executionExceptionHandler(PrintWriter err) {
    return (e, commandLine, parseResult) -> Main.failed(e, debugRequested(parseResult), err);
  }

  /** --debug belongs to the subcommand, so look along the chain of parse results, not at the top only. */
  private static boolean debugRequested(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
