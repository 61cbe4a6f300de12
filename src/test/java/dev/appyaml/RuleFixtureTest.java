package dev.appyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Fixture;
import dev.appyaml.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under testdata/rules runs with only its rule selected: the findings must be
 * exactly those its {@code # expect:} markers state, and the text output must match the golden.
 */
class RuleFixtureTest {

  private static final Pattern FINDING = Pattern.compile("^[^\\s].*?:(\\d+):(\\d+): \\w+\\[(AY\\d{3})\\]", Pattern.MULTILINE);

  static Stream<Fixture> fixtures() {
    return Fixture.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchMarkersAndGolden(Fixture fixture) {
    List<String> args = new ArrayList<>(List.of("validate", "--select", fixture.ruleId(), "--color", "never"));
    if (!fixture.options().contains("--as-of")) {
      args.addAll(List.of("--as-of", Cli.TODAY.toString()));
    }
    args.addAll(fixture.options());
    args.add(fixture.toString());
    Cli.Run run = Cli.run(args.toArray(String[]::new));

    Set<String> found = new TreeSet<>();
    Matcher m = FINDING.matcher(run.out());
    while (m.find()) {
      found.add(m.group(1) + ":" + m.group(3));
    }
    assertEquals("", run.err(), "stderr");
    if (!Golden.updating()) {
      assertEquals(fixture.expected(), found, "findings (line:rule) versus # expect: markers in " + fixture);
    }
    Golden.assertMatches(fixture.golden(), run.out());
  }
}
