package dev.appyaml.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. {@link #main} only wires the process's streams and exits; everything else goes
 * through {@link #run}, which tests call in process.
 */
public final class Main {

  /** What the process gives a run besides its arguments. */
  public record Environment(InputStream stdin, Map<String, String> variables, boolean interactive, LocalDate today) {

    static Environment system() {
      return new Environment(System.in, System.getenv(), stdoutIsTerminal(), localToday());
    }

    /**
     * Today in the default time zone, as {@code LocalDate.now()} gives it, without loading
     * java.time's zone-rules provider (a service lookup over the class path) at start-up.
     */
    static LocalDate localToday() {
      long now = System.currentTimeMillis();
      return LocalDate.ofEpochDay(Math.floorDiv(now + java.util.TimeZone.getDefault().getOffset(now), 86_400_000L));
    }

    /** The launcher knows ({@code [ -t 1 ]}) and says so; asking the console costs start-up time. */
    private static boolean stdoutIsTerminal() {
      String told = System.getProperty("appyaml.interactive");
      return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }
  }

  private Main() {}

  public static void main(String[] args) {
    // Buffered: a report of many files is written in large blocks, not a system call per line.
    // The file descriptor itself, not System.out: a PrintStream swallows write errors (a full disk,
    // a closed pipe), and run() must see them to report them.
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = run(out, err, Environment.system(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs with an empty standard input, no environment variables and today's date. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, new Environment(InputStream.nullInputStream(), Map.of(), false, LocalDate.now()), args);
  }

  public static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    int code = commandLine(out, err, environment, args).execute(args);
    out.flush();
    if (out.checkError()) {
      err.println("appyaml: cannot write to standard output (disk full or output closed)");
      code = ExitCode.USAGE_OR_IO;
    }
    err.flush();
    return code;
  }

  /** The whole command tree; also what the build's man page and completion script describe. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
    return configured(new CommandLine(AppYamlCommand.spec())
        .addSubcommand(new CommandLine(ValidateCommandLine.spec(new ValidateCommand(environment))))
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
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    if (args.length > 0 && args[0].equals(ValidateCommandLine.NAME)) {
      return configured(new CommandLine(AppYamlCommand.spec())
          .addSubcommand(new CommandLine(ValidateCommandLine.spec(new ValidateCommand(environment)))), out, err);
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
    return (e, commandLine, parseResult) -> {
      if (e instanceof UsageException usage) {
        err.println("appyaml: " + dev.appyaml.report.Printable.of(usage.getMessage()));
        return ExitCode.USAGE_OR_IO;
      }
      err.println("appyaml: internal error: " + e + " (run with --debug for details, and please report it)");
      if (debugRequested(parseResult)) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    };
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

  /** A problem with the command line or the inputs, reported as one line with exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
