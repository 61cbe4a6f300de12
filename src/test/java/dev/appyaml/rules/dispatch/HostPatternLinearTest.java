package dev.appyaml.rules.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.SameLanguage;
import org.junit.jupiter.api.Test;

/** The host patterns accept exactly gcloud's language, in time linear in the host. */
class HostPatternLinearTest {

  private static final String LABEL = "([a-z0-9]([a-z0-9\\-]*[a-z0-9])*)";

  @Test
  void exactHostIsGcloudsLanguage() {
    SameLanguage.assertSame("(" + LABEL + "\\.)*" + LABEL + "\\n?", DispatchUrl.EXACT_HOST.pattern(), "ab0-._\n*", 10);
  }

  @Test
  void suffixHostIsGcloudsLanguage() {
    SameLanguage.assertSame("([*]|[*][a-z0-9\\-]*[a-z0-9]|[*](\\.|[a-z0-9\\-]*[a-z0-9]\\.)(" + LABEL + "\\.)*" + LABEL + ")\\n?",
        DispatchUrl.SUFFIX_HOST.pattern(), "ab0-._\n*", 10);
  }

  @Test
  void longHostsAreAnsweredAtOnce() {
    String letters = "customerportalfrontendservice".repeat(1_000);
    assertFalse(DispatchUrl.EXACT_HOST.matcher(letters + "_x.example.com").matches());
    assertFalse(DispatchUrl.SUFFIX_HOST.matcher("*" + letters + "_x.example.com").matches());
    assertTrue(DispatchUrl.EXACT_HOST.matcher("a.".repeat(50_000) + "com").matches());
    assertTrue(DispatchUrl.SUFFIX_HOST.matcher("*.".repeat(1) + "a.".repeat(50_000) + "com").matches());
  }
}
