package dev.appyaml.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Fixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

  @Test
  void idsAndNamesAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleInfo info : RuleRegistry.metadata()) {
      assertTrue(info.id().matches("AY\\d{3}"), info.id());
      assertTrue(info.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), info.name());
      assertTrue(ids.add(info.id()), "duplicate id " + info.id());
      assertTrue(names.add(info.name()), "duplicate name " + info.name());
      assertTrue(Character.isLowerCase(info.summary().charAt(0)) && !info.summary().endsWith("."),
          "summary style of " + info.id());
    }
  }

  @Test
  void registryIsSortedById() {
    List<String> ids = RuleRegistry.all().stream().map(r -> r.info().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void everyRuleHasProse() {
    for (RuleInfo info : RuleRegistry.metadata()) {
      assertNotNull(RuleRegistry.class.getResource("/dev/appyaml/rules/" + info.id() + ".md"),
          "src/main/resources/dev/appyaml/rules/" + info.id() + ".md");
    }
  }

  @Test
  void everyRulesProseHasTheSectionsExplainPromises() throws Exception {
    for (RuleInfo info : RuleRegistry.metadata()) {
      String prose = dev.appyaml.docs.RuleDocs.prose(info.id()).orElseThrow();
      for (String section : java.util.List.of("## What it checks", "## Why", "## Source")) {
        assertTrue(prose.contains(section), info.id() + " prose lacks " + section);
      }
      // Rules about appyaml itself (internal error, input limits) have no YAML example to show.
      if (!info.id().equals("AY000") && !info.id().equals("AY006")) {
        assertTrue(prose.contains("## Example") && prose.contains("## Fixed"), info.id() + " prose lacks an example");
      }
    }
  }

  @Test
  void everyRuleHasAFiringAndASilentFixture() {
    Map<String, List<Fixture>> byRule = Fixture.all().stream().collect(Collectors.groupingBy(Fixture::ruleId));
    for (Rule rule : RuleRegistry.all()) {
      String id = rule.info().id();
      List<Fixture> fixtures = byRule.getOrDefault(id, List.of());
      assertTrue(fixtures.stream().anyMatch(Fixture::fires), id + " needs a fixture with # expect: " + id);
      assertTrue(fixtures.stream().anyMatch(f -> !f.fires()), id + " needs a silent fixture");
    }
  }
}
