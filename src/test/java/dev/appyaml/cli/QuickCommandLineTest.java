package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * QuickCommandLine reads a line only where picocli reads it the same way: for thousands of
 * command lines, made of every option of ValidateCommandLine with good, odd and bad values in both
 * spellings, repeated, unknown and short options, {@code -}, {@code --} and {@code @files}, either
 * QuickCommandLine leaves the line to picocli, or picocli parses it and sets every field of
 * ValidateCommand to the same value. The lines users type most are read quickly.
 */
class QuickCommandLineTest {

  private static final Main.Environment ENVIRONMENT =
      new Main.Environment(java.io.InputStream.nullInputStream(), Map.of(), false, LocalDate.of(2026, 12, 1));

  private static final Map<String, List<String>> VALUES = new TreeMap<>(Map.ofEntries(
      Map.entry("--format", List.of("json", "SARIF", "Text", "github", "nope", "")),
      Map.entry("--output", List.of("sarif=out.sarif", "json=r.json", "x", "=")),
      Map.entry("--fail-on", List.of("warning", "NEVER", "Info", "errors")),
      Map.entry("--stdin-filename", List.of("app.yaml", "dir/cron.yaml", " ")),
      Map.entry("--project", List.of("my-project", "My_Project", "a=b")),
      Map.entry("--version", List.of("v1", "1", "prod-2")),
      Map.entry("--as-of", List.of("2024-06-01", "06/01/2024")),
      Map.entry("--color", List.of("always", "Never", "AUTO", "sometimes")),
      Map.entry("--kind", List.of("app", "DISPATCH", "cron", "apphosting", "queue", "index", "app.yaml")),
      Map.entry("--select", List.of("AY105", "AY1,AY2", "pattern-mismatch,AY3", "a,,b", ",a", "a,", "\"a,b\"", "x\"y")),
      Map.entry("--ignore", List.of("AY4", "AY4,unknown-key")),
      Map.entry("--baseline", List.of("baseline.json", "dir/b.json", "a\u0000b")),
      Map.entry("--write-baseline", List.of("new.json")),
      Map.entry("--include", List.of("deploy/*.yaml", "**")),
      Map.entry("--exclude", List.of("vendor/**", "a,b")),
      Map.entry("--config", List.of(".appyaml.yaml", "conf/x.yaml")),
      Map.entry("--jobs", List.of("1", "8", "0", "08", "+3", "2147483648", "x"))));

  private static final List<String> FLAGS = List.of("--fix", "--diff", "--print-config", "--statistics",
      "--no-inline-suppressions", "--app-engine-only", "--no-config", "--debug");

  private static final List<String> OTHERS = List.of("app.yaml", "-", "dir/sub", "a b.yaml", "--nope", "-x", "-h",
      "--help", "--", "@args.txt", "-fix", "--fix=true", "--Format");

  @Test
  void theOptionTableIsTheValidateSpec() {
    List<String> names = new ArrayList<>(VALUES.keySet());
    names.addAll(FLAGS);
    List<String> table = ValidateCommandLine.options(new ValidateCommand(ENVIRONMENT, sink(), sink())).stream()
        .map(ValidateCommandLine.Option::name).toList();
    assertEquals(new java.util.TreeSet<>(names), new java.util.TreeSet<>(table), "add the new option's values here");
  }

  @Test
  void everyLineReadQuicklyIsReadTheSameByPicocli() throws IllegalAccessException {
    Random random = new Random(20261202);
    int quick = 0;
    for (int n = 0; n < 4000; n++) {
      List<String> args = new ArrayList<>();
      int tokens = 1 + random.nextInt(6);
      for (int t = 0; t < tokens; t++) {
        args.addAll(token(random));
      }
      if (compare(args)) {
        quick++;
      }
    }
    assertTrue(quick > 300, "only " + quick + " of 4000 lines were read quickly");
  }

  @Test
  void eachOptionAloneWithEachValue() throws IllegalAccessException {
    for (Map.Entry<String, List<String>> option : VALUES.entrySet()) {
      for (String value : option.getValue()) {
        compare(List.of(option.getKey(), value, "app.yaml"));
        compare(List.of(option.getKey() + "=" + value, "app.yaml"));
        compare(List.of("app.yaml", option.getKey(), value, option.getKey(), value));
      }
    }
    for (String flag : FLAGS) {
      compare(List.of(flag, "app.yaml"));
      compare(List.of(flag, "app.yaml", flag));
    }
    for (String other : OTHERS) {
      compare(List.of(other));
      compare(List.of("app.yaml", other));
    }
  }

  @Test
  void theLinesUsersRunMostAreReadQuickly() throws IllegalAccessException {
    for (List<String> line : List.of(
        List.of("app.yaml"),
        List.of("service/app.yaml", "dispatch.yaml", "cron.yaml"),
        List.of("."),
        List.of("--app-engine-only", "app.yaml", ".github/workflows/ci.yaml"),
        List.of("--format", "sarif", "--output", "json=appyaml.json", "."),
        List.of("--format=github", "--fail-on", "warning", "."),
        List.of("--stdin-filename", "app.yaml", "-"),
        List.of("--select", "AY1,AY2", "--ignore=AY105", "--jobs", "2", "--no-config", "app.yaml"))) {
      assertTrue(compare(line), "not read quickly: " + line);
    }
  }

  private static List<String> token(Random random) {
    int kind = random.nextInt(10);
    if (kind < 4) {
      List<String> names = new ArrayList<>(VALUES.keySet());
      String name = names.get(random.nextInt(names.size()));
      List<String> values = VALUES.get(name);
      String value = values.get(random.nextInt(values.size()));
      return random.nextBoolean() ? List.of(name, value) : List.of(name + "=" + value);
    }
    if (kind < 6) {
      return List.of(FLAGS.get(random.nextInt(FLAGS.size())));
    }
    return List.of(OTHERS.get(random.nextInt(OTHERS.size())));
  }

  /** Whether QuickCommandLine read the line; fails if it read it otherwise than picocli. */
  private static boolean compare(List<String> args) throws IllegalAccessException {
    ValidateCommand quick = new ValidateCommand(ENVIRONMENT, sink(), sink());
    ValidateCommand untouched = new ValidateCommand(ENVIRONMENT, sink(), sink());
    if (!QuickCommandLine.read(args, quick)) {
      assertEquals(fields(untouched), fields(quick), "a line left to picocli must leave the command alone: " + args);
      return false;
    }
    CommandLine commandLine = CommandTree.commandLine(sink(), sink(), ENVIRONMENT, "validate");
    List<String> line = new ArrayList<>(List.of("validate"));
    line.addAll(args);
    try {
      commandLine.parseArgs(line.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      fail("read quickly, but picocli refuses it (" + e.getMessage() + "): " + args);
    }
    ValidateCommand picocli = (ValidateCommand) commandLine.getSubcommands().get("validate").getCommand();
    assertEquals(fields(picocli), fields(quick), "read differently: " + args);
    return true;
  }

  private static Map<String, String> fields(ValidateCommand command) throws IllegalAccessException {
    Map<String, String> values = new TreeMap<>();
    for (Field field : ValidateCommand.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
        field.setAccessible(true);
        Object value = field.get(command);
        values.put(field.getName(), value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
      }
    }
    return values;
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }
}
