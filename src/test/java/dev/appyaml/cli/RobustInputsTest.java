package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appyaml.testing.Bounded;
import dev.appyaml.testing.Cli;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Inputs and outputs that are not plain files, or not writable: one stderr line and exit 2, or
 * a warning for what a directory walk had to skip; never a hang, a stack trace or exit 3.
 */
class RobustInputsTest {

  private static final String CLEAN = "runtime: python312\nautomatic_scaling:\n  max_instances: 5\n";

  @TempDir
  Path dir;

  private Path fifo(Path path) throws Exception {
    assumeTrue(new File("/usr/bin/mkfifo").canExecute() || new File("/bin/mkfifo").canExecute(), "needs mkfifo");
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
    return path;
  }

  private static void assertOneLineExit2(Cli.Run run, String text) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(text), run.err());
  }

  @Test
  void aFifoGivenAsAFileIsRefused() throws Exception {
    Path fifo = fifo(dir.resolve("app.yaml"));
    assertOneLineExit2(Bounded.run("fifo", () -> Cli.run("validate", fifo.toString())), "is not a regular file");
  }

  @Test
  void aFifoAsConfigIsRefused() throws Exception {
    Path fifo = fifo(dir.resolve("config.yaml"));
    Path app = Files.writeString(dir.resolve("app.yaml"), CLEAN);
    assertOneLineExit2(Bounded.run("fifo config", () -> Cli.run("validate", "--config", fifo.toString(), app.toString())),
        "is not a regular file");
  }

  @Test
  void anEndlessConfigIsRefused() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path app = Files.writeString(dir.resolve("app.yaml"), CLEAN);
    assertOneLineExit2(Bounded.run("/dev/zero", () -> Cli.run("validate", "--config", "/dev/zero", app.toString())),
        "is not a regular file");
  }

  @Test
  void aDirectoryWalkSkipsOnlyWhatItCannotRead() throws Exception {
    Files.writeString(dir.resolve("app.yaml"), CLEAN);
    Files.createDirectories(dir.resolve("svc"));
    fifo(dir.resolve("svc").resolve("app.yaml"));
    Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop.yaml"));
    Files.createSymbolicLink(dir.resolve("dispatch.yaml"), dir.resolve("dispatch.yaml"));
    Files.createSymbolicLink(dir.resolve("up"), dir);
    // git reads .gitignore as bytes: a line that is not UTF-8 must not cost the valid patterns.
    Files.write(dir.resolve(".gitignore"), "ignored.yaml\n\u00ff\u00fe\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("ignored.yaml"), "runtime: python312\nthreadsafe: yes\n");
    Cli.Run run = Bounded.run("walk", () -> Cli.run("validate", "--format", "gnu", "--no-config", dir.toString()));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    List<String> warnings = run.err().lines().toList();
    assertEquals(2, warnings.size(), run.err());
    assertTrue(warnings.stream().allMatch(w -> w.startsWith("appyaml: warning: ")), run.err());
    assertTrue(run.err().contains("svc/app.yaml: skipped: not a regular file"), run.err());
    assertTrue(run.err().contains("dispatch.yaml: skipped: a broken or looping link"), run.err());
  }

  /** Globs that are no valid regex, or would backtrack forever as one, in every place globs are read. */
  @Test
  void globsThatAreNotRegexes() throws Exception {
    Files.writeString(dir.resolve("app.yaml"), CLEAN);
    String stars = "*".repeat(40) + "b";
    Files.writeString(dir.resolve(".appyaml.yaml"), "ignore:\n  - \"[z-a]\"\n  - \"[]\"\n  - \"[[:alpha:]]*x\"\n  - \""
        + stars + "\"\n");
    Files.writeString(dir.resolve(".gitignore"), "[z-a]\n[]\n[[:alpha:]]*x\n" + stars + "\n");
    String longName = "a".repeat(200) + ".txt";
    Files.writeString(dir.resolve(longName), CLEAN);
    Cli.Run run = Bounded.run("globs", () -> Cli.run("validate", "--format", "gnu", "--include", "[]",
        "--include", stars, "--exclude", "[z-a]", "--exclude", "[[:alpha:]]*q", dir.toString()));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out() + run.err());
  }

  @Test
  void outputRefusesToOverwriteAnInput() throws Exception {
    Path app = Files.writeString(dir.resolve("app.yaml"), CLEAN);
    byte[] before = Files.readAllBytes(app);
    assertOneLineExit2(Cli.run("validate", "--output", "sarif=" + app, app.toString()), "would overwrite");
    assertOneLineExit2(Cli.run("validate", "--output", "json=" + dir.resolve(".").resolve("app.yaml"), dir.toString()),
        "would overwrite");
    assertArrayEquals(before, Files.readAllBytes(app));
  }

  /** A full disk is an I/O error: exit 2 and one line, not a silent success. */
  @Test
  void aFullDiskIsAnIoError() throws Exception {
    assumeTrue(new File("/dev/full").exists(), "needs /dev/full");
    Path app = Files.writeString(dir.resolve("app.yaml"), CLEAN);
    Process process = java("validate", app.toString()).redirectOutput(new File("/dev/full")).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), err);
    assertEquals(List.of("appyaml: cannot write to standard output (disk full or output closed)"), err.lines().toList());
  }

  /** Under LC_ALL=C, Java cannot turn a non-ASCII argument into a path: say so, do not crash. */
  @Test
  void aNonAsciiPathUnderTheCLocale() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("caf\u00e9"));
    Files.writeString(folder.resolve("app.yaml"), CLEAN);
    ProcessBuilder byName = java("validate", folder.resolve("app.yaml").toString());
    byName.environment().put("LC_ALL", "C");
    Process process = byName.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertFalse(err.contains("internal error") || err.contains("\tat "), err);
    assertTrue(process.exitValue() == 0 || process.exitValue() == 2, err);
    // Found by walking a directory, the same file is read by its bytes and checked.
    ProcessBuilder walk = java("validate", "--no-config", dir.toString());
    walk.environment().put("LC_ALL", "C");
    Process walked = walk.start();
    String walkErr = new String(walked.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(walked.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, walked.exitValue(), walkErr);
  }

  private static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.appyaml.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @CommandLine.Command(name = "fails")
  static final class Failing implements Callable<Integer> {
    @CommandLine.Option(names = "--debug")
    boolean debug;

    @Override
    public Integer call() {
      throw new IllegalStateException("boom");
    }
  }

  /** --debug is a subcommand's option: the handler must find it there and print the stack trace. */
  @Test
  void debugPrintsTheStackTraceOfAnInternalError() {
    for (boolean debug : new boolean[] {false, true}) {
      StringWriter err = new StringWriter();
      PrintWriter writer = new PrintWriter(err);
      CommandLine cli = new CommandLine(AppYamlCommand.spec()).addSubcommand(new Failing())
          .setExecutionExceptionHandler(CommandTree.executionExceptionHandler(writer));
      int code = debug ? cli.execute("fails", "--debug") : cli.execute("fails");
      writer.flush();
      assertEquals(ExitCode.INTERNAL, code);
      assertTrue(err.toString().startsWith("appyaml: internal error: java.lang.IllegalStateException: boom"), err.toString());
      assertEquals(debug, err.toString().contains("\tat dev.appyaml.cli.RobustInputsTest$Failing.call"), err.toString());
    }
  }
}
