package dev.appyaml.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule that reports at another severity than its default says so ({@code severityVaries}), so
 * that {@code appyaml rules}, {@code explain} and SARIF can tell users; the rules' own fixtures
 * show which rules do.
 */
class SeverityVariesTest {

  private static final Pattern FINDING = Pattern.compile("^\\S.*?:\\d+:\\d+: (error|warning|info)\\[(AY\\d{3})\\]",
      Pattern.MULTILINE);

  @Test
  void everyRuleSeenAtAnotherSeveritySaysWhen() throws IOException {
    Map<String, Set<String>> seen = new TreeMap<>();
    try (Stream<Path> goldens = Files.walk(Path.of("testdata/rules"))) {
      for (Path out : goldens.filter(p -> p.toString().endsWith(".out")).toList()) {
        if (Files.exists(out.resolveSibling(".appyaml.yaml"))) {
          continue; // a configuration may re-grade rules
        }
        Matcher m = FINDING.matcher(Files.readString(out));
        while (m.find()) {
          seen.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    Set<String> undocumented = new TreeSet<>();
    for (RuleInfo info : RuleRegistry.metadata()) {
      boolean varies = seen.getOrDefault(info.id(), Set.of()).stream().anyMatch(s -> !s.equals(info.severity().label()));
      if (varies && info.severityVaries().isEmpty()) {
        undocumented.add(info.id() + " " + seen.get(info.id()));
      }
      if (!info.severityVaries().isEmpty()) {
        assertTrue(info.severityVaries().matches("(error|warning|info|depends) .+"), info.id() + ": " + info.severityVaries());
      }
    }
    assertEquals(Set.of(), undocumented, "rules reporting at another severity without severityVaries");
  }

  @Test
  void theRuleListShowsIt() {
    String rules = Cli.run("rules").out();
    assertTrue(rules.lines().anyMatch(l -> l.startsWith("AY230") && l.contains("[depends on the date (--as-of)")), rules);
    assertTrue(rules.lines().anyMatch(l -> l.startsWith("AY101") && l.contains("[warning in apphosting.yaml")), rules);
  }
}
