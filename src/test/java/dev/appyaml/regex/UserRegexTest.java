package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.regex.UserRegex.Anchor;
import dev.appyaml.regex.UserRegex.Outcome;
import dev.appyaml.testing.Bounded;
import org.junit.jupiter.api.Test;

/** Users' own patterns are answered in bounded time, whatever they are. */
class UserRegexTest {

  private static Outcome match(String regex, String text, Anchor anchor) {
    return UserRegex.compile(regex).orElseThrow().matches(text, anchor);
  }

  @Test
  void matchesLikePython() {
    assertEquals(Outcome.MATCH, match("/static/(.*\\.(gif|png))", "/static/a/b.png", Anchor.FULL));
    assertEquals(Outcome.NO_MATCH, match("/static/(.*\\.(gif|png))", "/static/a/b.png.txt", Anchor.FULL));
    assertEquals(Outcome.MATCH, match("(?P<name>[a-z]+)/", "abc/def", Anchor.START));
    assertEquals(Outcome.NO_MATCH, match("b", "abc", Anchor.START));
  }

  @Test
  void catastrophicPatternsRunInLinearTime() {
    String path = "a".repeat(100_000);
    assertEquals(Outcome.NO_MATCH, Bounded.run("((a*)*)*b", () -> match("((a*)*)*b", path, Anchor.FULL)));
    assertEquals(Outcome.NO_MATCH, Bounded.run("(a|aa)+$", () -> match("(a|aa)+c", path, Anchor.START)));
  }

  @Test
  void patternsRe2CannotReadRunUnderAStepBudget() {
    // A back-reference: RE2 has none, so java.util.regex runs it, and gives up rather than hang.
    String text = "a".repeat(5_000);
    Outcome outcome = Bounded.run("(a*)*\\1b", () -> match("((a*)*)\\1b", text, Anchor.FULL));
    assertEquals(Outcome.UNKNOWN, outcome);
    assertEquals(Outcome.MATCH, match("(a)\\1", "aa", Anchor.FULL));
  }

  @Test
  void patternsNoEngineReadsAreNotCompiled() {
    assertTrue(UserRegex.compile("(unclosed").isEmpty());
  }
}
