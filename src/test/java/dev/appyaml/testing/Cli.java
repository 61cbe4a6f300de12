package dev.appyaml.testing;

import dev.appyaml.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Runs the command line in process, as a user would, and captures what it prints. */
public final class Cli {

  public static final LocalDate TODAY = LocalDate.parse("2026-11-21");

  private Cli() {}

  public record Run(int exitCode, String out, String err) {}

  public static Run run(String... args) {
    return run("", Map.of(), args);
  }

  public static Run run(String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.Environment environment = new Main.Environment(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, false, TODAY);
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), environment, args);
    return new Run(code, out.toString(), err.toString());
  }
}
