package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.regex.UserRegex.Anchor;
import dev.appyaml.regex.UserRegex.Outcome;
import dev.appyaml.testing.Bounded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users' own patterns are answered in bounded time, whatever they are. */
class UserRegexTest {

  private static Outcome match(String regex, String text, Anchor anchor) {
    return UserRegex.compile(regex).orElseThrow().matches(text, anchor).outcome();
  }

  private static UserRegex.Verdict verdict(String regex, String text) {
    return Bounded.run(regex, () -> UserRegex.compile(regex).orElseThrow().matches(text, Anchor.FULL));
  }

  @Test
  void whereRe2ReadsThePatternAsPythonDoesTheVerdictHasNoCaveat() {
    assertEquals(List.of(), verdict("(?i)/admin/.*", "/ADMIN/x").caveats());
    assertEquals(List.of(), verdict(".*\\bx", "a x").caveats());
  }

  @Test
  void whereOnlyJavaReadsItAsPythonDoesJavaAnswersWithoutCaveat() {
    // Python's \b sees no boundary between é and x; RE2's ASCII \b would.
    UserRegex.Verdict v = verdict(".*\\bx", "éx");
    assertEquals(Outcome.NO_MATCH, v.outcome());
    assertEquals(List.of(), v.caveats());
  }

  @Test
  void whenNoEngineReadsItAsPythonDoesTheVerdictNamesTheDifference() {
    // java.util.regex runs out of steps on the competing alternatives, so RE2's ASCII \b answers.
    String text = "a".repeat(40) + "é";
    UserRegex.Verdict v = verdict("(?:a|aa){1,40}\\bé", text);
    assertEquals(Outcome.MATCH, v.outcome());
    assertEquals(List.of(new UserRegex.Caveat("RE2/J", "`\\b` here treats only ASCII letters and digits as word"
        + " characters, Python's re any letter or digit")), v.caveats());
    assertEquals(" (judged with RE2/J: `\\b` here treats only ASCII letters and digits as word characters,"
        + " Python's re any letter or digit)", UserRegex.clause(v.caveats()));

    UserRegex.Verdict folded = verdict("(?i)/admin/.*", "/ADMIN/é");
    assertEquals(Outcome.MATCH, folded.outcome());
    assertEquals(" (judged with RE2/J: case-insensitive matching here differs from Python's re for a few letters"
        + " beyond ASCII, such as ı)", UserRegex.clause(folded.caveats()));
  }

  @Test
  void aCharacterJavasUnicodeTablesDoNotKnowIsNamed() {
    // U+0378 is unassigned; Python's newer tables might know it.
    UserRegex.Verdict v = verdict("[\\w.]+", "a\u0378");
    assertEquals(Outcome.NO_MATCH, v.outcome());
    assertEquals(" (judged with RE2/J: `\\w` here knows only the letters and digits of this Java's Unicode tables,"
        + " Python's re those of its own)", UserRegex.clause(v.caveats()));
    assertEquals(List.of(), verdict("[\\w.]+", "a.b").caveats());
    assertEquals(List.of(), verdict("(?a)[\\w.]+", "a\u0378").caveats());
  }

  @Test
  void patternsPythonRefusesAreNotCompiled() {
    // RE2 and Java would read these; Python does not.
    assertTrue(UserRegex.compile("\\pL").isEmpty());
    assertTrue(UserRegex.compile("a{2}{3}").isEmpty());
    assertTrue(UserRegex.compile("(?(1)a|b)").isEmpty());
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
