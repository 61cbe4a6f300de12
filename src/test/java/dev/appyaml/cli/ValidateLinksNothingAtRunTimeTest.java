package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.report.OutputFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validate run links only call sites that a start-up cache holds already linked: lambdas made
 * by {@code LambdaMetafactory.metafactory} and string concatenation. Any other bootstrap (a
 * record's generated equals, hashCode or toString through {@code ObjectMethods}, the serializable
 * lambdas of {@code Comparator.comparing}, a pattern switch) is linked at run time on every run,
 * even from a JDK 25 AOT cache, and the first of them starts the JDK's class-file library:
 * milliseconds of a one-file run (docs/performance.md). The JVM's own trace of call-site linking
 * names each one; this test runs validate in a fresh JVM over every rule's test files, all output
 * formats and a clean file's summary, and fails on any other bootstrap, naming its call site.
 */
class ValidateLinksNothingAtRunTimeTest {

  /** {@code linkCallSite CALLER BOOTSTRAP(...)...}: the first line of each linked call site. */
  private static final Pattern LINKED = Pattern.compile("^linkCallSite (\\S+) (\\S+?)\\(");

  private static final List<String> HELD = List.of(
      "java.lang.invoke.LambdaMetafactory.metafactory",
      "java.lang.invoke.StringConcatFactory.makeConcatWithConstants");

  @Test
  void everyRuleAndFormat(@TempDir Path reports) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("validate", "--fail-on", "never"));
    for (OutputFormat format : OutputFormat.values()) {
      args.addAll(List.of("--output", format.id() + "=" + reports.resolve("report." + format.id())));
    }
    args.addAll(List.of("testdata/rules", "testdata/apps", "testdata/sample-repo", "testdata/examples", "testdata/ok"));
    assertEquals(List.of(), linkedAtRunTime(args));
  }

  @Test
  void aCleanFile() throws IOException, InterruptedException {
    assertEquals(List.of(), linkedAtRunTime(List.of("validate", "testdata/ok/java-standard.yaml")));
  }

  private static List<String> linkedAtRunTime(List<String> args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
        "-cp", System.getProperty("java.class.path"), "dev.appyaml.cli.Main"));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File(new File("/dev/null").exists() ? "/dev/null" : "NUL")))
        .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    assertEquals(0, code, log.lines().filter(l -> !l.startsWith("link") && !l.startsWith(" ")).limit(20).toList().toString());
    List<String> linked = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String line : log.lines().toList()) {
      Matcher m = LINKED.matcher(line);
      if (m.find() && !List.of("=>", "target", "linkage").contains(m.group(1))) {
        linked.add(m.group(2));
        if (!HELD.contains(m.group(2))) {
          others.add(m.group(1) + " " + m.group(2));
        }
      }
    }
    assertTrue(linked.contains(HELD.get(0)), "no call-site trace in the output: " + log.lines().limit(5).toList());
    return others;
  }
}
