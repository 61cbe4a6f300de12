package dev.appyaml.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.rule.RuleInfo;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What users read: the README and {@code explain} point only at things they can open. */
class UserDocsTest {

  private static final Pattern REPO_PATH = Pattern.compile("`((?:docs|src|testdata)/[^`\\s]*)`");

  @Test
  void theReadmePointsAtNothingOutsideTheRepository() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertFalse(readme.contains("../"), "README must not point outside the repository");
    assertFalse(readme.contains("/work/"), "no machine paths");
    Matcher m = REPO_PATH.matcher(readme);
    while (m.find()) {
      assertTrue(Files.exists(Path.of(m.group(1))), "README names " + m.group(1) + ", which does not exist");
    }
  }

  @Test
  void theReadmeSaysEachThingOnce() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (String once : new String[] {"The file's name decides its kind", "are checked together",
        "explains a cron\nschedule", "Exit codes:"}) {
      assertEquals(1, readme.split(Pattern.quote(once), -1).length - 1, once);
    }
  }

  @Test
  void explainLinksGooglesPublicPagesNotInternalSpecIds() {
    for (RuleInfo info : RuleRegistry.metadata()) {
      String page = Cli.run("explain", info.id()).out();
      String source = page.substring(page.indexOf("## Source"));
      int next = source.indexOf("\n## ", 1);
      source = next < 0 ? source : source.substring(0, next);
      assertTrue(source.contains("<https://") || source.contains("appyaml's own check"), info.id() + ":\n" + source);
      for (String row : info.spec()) {
        assertFalse(page.contains(row), info.id() + " shows the internal id " + row);
      }
      assertFalse(page.contains("spec/"), info.id() + " names the internal specification");
    }
  }
}
