package dev.appyaml.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule fixture under {@code testdata/rules/AYnnn-name/}: a YAML file whose comments say what
 * must be found ({@code # expect: AY105} on the line where a finding starts) and which command
 * line options to use ({@code # options: --project p --version v}). Files that must be checked
 * in the same run, for cross-file rules, are named relative to the fixture's folder
 * ({@code # with: app.yaml worker.yaml}); their findings must be silent for the rule.
 */
public record Fixture(Path file, String ruleId, List<String> options, Set<String> expected) {

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*((?:AY\\d{3}[ ,]*)+)");
  private static final Pattern OPTIONS = Pattern.compile("#\\s*options:\\s*(.+)$");
  private static final Pattern WITH = Pattern.compile("#\\s*with:\\s*(.+)$");
  public static final Path ROOT = Path.of("testdata", "rules");

  public static List<Fixture> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(Fixture::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Fixture read(Path file) {
    String ruleDir = ROOT.relativize(file).getName(0).toString();
    String ruleId = ruleDir.substring(0, 5);
    List<String> options = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    try {
      List<String> lines = Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R", -1));
      for (int i = 0; i < lines.size(); i++) {
        Matcher expect = EXPECT.matcher(lines.get(i));
        if (expect.find()) {
          for (String id : expect.group(1).split("[ ,]+")) {
            expected.add((i + 1) + ":" + id);
          }
        }
        Matcher opts = OPTIONS.matcher(lines.get(i));
        if (opts.find()) {
          options.addAll(Arrays.asList(opts.group(1).trim().split("\\s+")));
        }
        Matcher with = WITH.matcher(lines.get(i));
        if (with.find()) {
          for (String name : with.group(1).trim().split("\\s+")) {
            options.add(file.resolveSibling(name).toString().replace('\\', '/'));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Fixture(file, ruleId, List.copyOf(options), expected);
  }

  public Path golden() {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".out");
  }

  public boolean fires() {
    return !expected.isEmpty();
  }

  @Override
  public String toString() {
    return file.toString().replace('\\', '/');
  }
}
