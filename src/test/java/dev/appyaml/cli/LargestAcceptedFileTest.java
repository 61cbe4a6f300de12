package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget promise: the largest files the limits accept (1 MB, up to 2,000 items in a list,
 * 20,000 values) validate with a 256 MB heap and under 2 s of CPU each, in a JVM of their own.
 * CPU time of the validating thread, not wall-clock time, so that a loaded machine cannot flake
 * it; docs/reliability.md records the wall-clock timings on a quiet machine.
 */
class LargestAcceptedFileTest {

  private static final Pattern RESULT = Pattern.compile("(\\S+) exit=(\\d+) cpu-ms=(\\d+) findings=(\\d+)(.*)");

  @TempDir
  Path dir;

  /** Pads each item so that the file ends just under the size limit. */
  private static String pad(int items, int overhead) {
    return "x".repeat(Math.max(1, (YamlLoader.MAX_CODE_POINTS - 4096) / items - overhead));
  }

  static List<String> largestFiles(Path dir) throws Exception {
    int items = YamlLoader.MAX_ITEMS - 1;
    List<String> files = new ArrayList<>();
    StringBuilder env = new StringBuilder("runtime: python312\nenv_variables:\n");
    String value = pad(items, 16);
    for (int i = 0; i < items; i++) {
      env.append("  V").append(i).append(": \"").append(value).append("\"\n");
    }
    files.add(write(dir, "env/app.yaml", env));
    StringBuilder handlers = new StringBuilder("runtime: python312\nhandlers:\n");
    String path = pad(items, 64);
    for (int i = 0; i < items; i++) {
      handlers.append("- url: /").append(path).append(i).append("/(.*)\n  script: auto\n  secure: always\n");
    }
    files.add(write(dir, "handlers/app.yaml", handlers));
    files.add(write(dir, "scalar/app.yaml", new StringBuilder("runtime: python312\nentrypoint: ")
        .append("a".repeat(YamlLoader.MAX_CODE_POINTS - 64)).append('\n')));
    StringBuilder cron = new StringBuilder("cron:\n");
    String description = pad(items, 80);
    for (int i = 0; i < items; i++) {
      cron.append("- description: ").append(description).append("\n  url: /tasks/").append(i)
          .append("\n  schedule: every 5 minutes\n");
    }
    files.add(write(dir, "cron/cron.yaml", cron));
    StringBuilder apphosting = new StringBuilder("runConfig:\n  cpu: 1\nenv:\n");
    String text = pad(items, 40);
    for (int i = 0; i < items; i++) {
      apphosting.append("- variable: V").append(i).append("\n  value: \"").append(text).append("\"\n");
    }
    files.add(write(dir, "apphosting/apphosting.yaml", apphosting));
    return files;
  }

  private static String write(Path dir, String name, CharSequence text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    assertTrue(Files.size(file) <= YamlLoader.MAX_CODE_POINTS, name + " is over the limit: " + Files.size(file));
    assertTrue(Files.size(file) > YamlLoader.MAX_CODE_POINTS * 9L / 10, name + " is not near the limit: " + Files.size(file));
    return file.toString();
  }

  @Test
  void theLargestAcceptedFilesValidateIn256MbAndUnderTwoSecondsOfCpu() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.appyaml.testing.TimedRuns"));
    List<String> files = largestFiles(dir);
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), output);
    assertEquals(0, process.exitValue(), output);
    assertFalse(output.contains("OutOfMemoryError"), output);
    System.out.print(output); // the measurements, for docs/reliability.md
    List<String> lines = output.lines().filter(l -> RESULT.matcher(l).matches()).toList();
    assertEquals(files.size(), lines.size(), output);
    for (String line : lines) {
      Matcher m = RESULT.matcher(line);
      assertTrue(m.matches());
      assertTrue(m.group(2).equals("0") || m.group(2).equals("1"), line);
      assertTrue(Long.parseLong(m.group(3)) < 2_000, "over 2 s of CPU: " + line);
      assertFalse(m.group(5).contains("error"), line);
    }
  }
}
