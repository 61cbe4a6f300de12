package dev.appyaml.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Fixture;
import dev.appyaml.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ is generated from rule metadata, prose and real output; this test fails when it is
 * stale (regenerate with APPYAML_UPDATE_GOLDEN=1). It also keeps `rules` and `explain` output
 * under goldens.
 */
class DocsTest {

  private static final Path DOCS = Path.of("docs", "rules");

  @Test
  void everyRulePageIsCurrent() throws IOException {
    List<Fixture> fixtures = Fixture.all();
    for (RuleInfo info : RuleRegistry.metadata()) {
      StringBuilder page = new StringBuilder(RuleDocs.markdown(info));
      Optional<Fixture> firing = fixtures.stream().filter(f -> f.ruleId().equals(info.id()) && f.fires()).findFirst();
      if (firing.isPresent()) {
        String output = Files.readString(firing.get().golden(), StandardCharsets.UTF_8);
        page.append("\n## Example output\n\n```text\n$ appyaml validate ").append(firing.get())
            .append("\n").append(output).append("```\n");
      }
      Golden.assertMatches(DOCS.resolve(info.id() + ".md"), page.toString());
    }
  }

  @Test
  void indexIsCurrent() {
    StringBuilder index = new StringBuilder("# Rules\n\nGenerated from the rule classes and their prose; `appyaml rules` prints the same list.\n\n");
    index.append("| id | name | severity | summary |\n|---|---|---|---|\n");
    for (RuleInfo info : RuleRegistry.metadata()) {
      index.append("| [").append(info.id()).append("](").append(info.id()).append(".md) | ").append(info.name())
          .append(" | ").append(info.severity().label()).append(" | ").append(info.summary().replace("|", "\\|")).append(" |\n");
    }
    Golden.assertMatches(DOCS.resolve("README.md"), index.toString());
  }

  @Test
  void noStalePagesForRemovedRules() throws IOException {
    List<String> ids = RuleRegistry.metadata().stream().map(RuleInfo::id).toList();
    try (Stream<Path> pages = Files.list(DOCS)) {
      pages.map(p -> p.getFileName().toString()).filter(n -> n.matches("AY\\d{3}\\.md"))
          .forEach(n -> assertTrue(ids.contains(n.substring(0, 5)), "stale page docs/rules/" + n));
    }
  }

  @Test
  void rulesAndExplainOutput() {
    Golden.assertMatches(Path.of("testdata/cli/rules.txt"), Cli.run("rules").out());
    Golden.assertMatches(Path.of("testdata/cli/rules.json"), Cli.run("rules", "--format", "json").out());
    Cli.Run explain = Cli.run("explain", "AY109");
    assertEquals(0, explain.exitCode());
    Golden.assertMatches(Path.of("testdata/cli/explain-AY109.md"), explain.out());
    Cli.Run unknown = Cli.run("explain", "AY999");
    assertEquals(2, unknown.exitCode());
    assertEquals("appyaml: no rule AY999; run appyaml rules to list them\n", unknown.err());
  }
}
