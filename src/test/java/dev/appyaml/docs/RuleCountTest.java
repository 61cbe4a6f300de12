package dev.appyaml.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rule counts written in the docs come from the registry: every "N rules" in these documents is
 * the number of rules appyaml runs; APPYAML_UPDATE_GOLDEN=1 rewrites them.
 */
class RuleCountTest {

  static final List<Path> DOCUMENTS = List.of(Path.of("docs", "performance.md"));
  private static final Pattern COUNT = Pattern.compile("\\b\\d{2,4}(?= rules\\b)");

  @Test
  void everyRuleCountInTheDocsIsTheRegistrys() throws IOException {
    String count = Integer.toString(RuleRegistry.all().size());
    for (Path document : DOCUMENTS) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      Matcher m = COUNT.matcher(text);
      assertFalse(!m.find(), document + " states how many rules it measured");
      Golden.assertMatches(document, m.replaceAll(count));
    }
  }
}
