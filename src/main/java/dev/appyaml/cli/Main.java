package dev.appyaml.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

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
    PrintWriter out = standardOutput();
    PrintWriter err = standardError();
    int code = run(out, err, Environment.system(), args);
    out.flush();
    err.flush();
    // halt, not exit: appyaml registers no shutdown hook, and System.exit on JDK 21 and later
    // first starts the System.Logger machinery to log the call (a service lookup, about 2 ms).
    Runtime.getRuntime().halt(code);
  }

  /**
   * Buffered: a report of many files is written in large blocks, not a system call per line. The
   * file descriptor itself, not System.out: a PrintStream swallows write errors (a full disk, a
   * closed pipe), and run() must see them to report them.
   */
  static PrintWriter standardOutput() {
    return new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
  }

  static PrintWriter standardError() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
  }

  /** Runs with an empty standard input, no environment variables and today's date. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, new Environment(InputStream.nullInputStream(), Map.of(), false, LocalDate.now()), args);
  }

  public static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    int code = execute(out, err, environment, args);
    out.flush();
    if (out.checkError()) {
      err.println("appyaml: cannot write to standard output (disk full or output closed)");
      code = ExitCode.USAGE_OR_IO;
    }
    err.flush();
    return code;
  }

  /** A plain validate line runs without picocli (QuickCommandLine); any other goes through picocli. */
  private static int execute(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    if (args.length > 0 && args[0].equals(ValidateCommandLine.NAME)) {
      ValidateCommand validate = new ValidateCommand(environment, out, err);
      if (QuickCommandLine.read(Arrays.asList(args).subList(1, args.length), validate)) {
        try {
          return validate.call();
        } catch (Exception e) {
          return failed(e, validate.debug, err);
        }
      }
    }
    return CommandTree.execute(out, err, environment, args);
  }

  static int failed(Exception e, boolean debug, PrintWriter err) {
    if (e instanceof UsageException usage) {
      err.println("appyaml: " + dev.appyaml.report.Printable.of(usage.getMessage()));
      return ExitCode.USAGE_OR_IO;
    }
    err.println("appyaml: internal error: " + e + " (run with --debug for details, and please report it)");
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  /** A problem with the command line or the inputs, reported as one line with exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
