package dev.appyaml.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Google's regexes in ECMA-262 form. The translations are compiled with Java's engine here
 * ({@code find}, as JSON Schema applies a pattern) on strings where Python and ECMA-262 could
 * part: Unicode digits (Python's {@code \d} takes them), a final line feed (Python's {@code $}
 * allows one), a carriage return (Python's {@code .} takes it). ECMA-262's final {@code $} is
 * the end of input only, which is Java's {@code \z} (Java's {@code $} also matches before a final
 * line terminator).
 */
class EcmaPatternTest {

  @Test
  void translatesWhatMeansTheSame() {
    assertEquals(Optional.of("^(?:(?!-)[a-z\\p{Nd}\\-]{0,62}[a-z\\p{Nd}])\\n?$"),
        EcmaPattern.fullMatch("(?!-)[a-z\\d\\-]{0,62}[a-z\\d]"));
    assertEquals(Optional.of("^(?:(?:[a-z]{1,3}~)?x)\\n?$"), EcmaPattern.fullMatch("(?:[a-z]{1,3}\\~)?x"));
    assertEquals(Optional.of("^(?:/[^\\n]*\\n?)$"), EcmaPattern.fullMatch("/[^\\n]*\\n?"));
  }

  @Test
  void leavesOutWhatDiffers() {
    for (String regex : new String[] {"[\\w.]{1,32}", "\\s*x", "\\S+", "(?i)abc", "(?P<n>a)", "(?<=a)b", "a{,3}",
        "a*+", "a$b", "\\bword", "[[:alpha:]]"}) {
      assertEquals(Optional.empty(), EcmaPattern.fullMatch(regex), regex);
    }
  }

  @Test
  void matchesAsPythonDoes() {
    Pattern moduleId = ecma("(?!-)[a-z\\d\\-]{0,62}[a-z\\d]");
    assertTrue(moduleId.matcher("api-v2").find());
    assertTrue(moduleId.matcher("api\n").find(), "Python's $ allows one final line feed");
    assertTrue(moduleId.matcher("v\u0663").find(), "Python's \\d is any Unicode digit");
    assertFalse(moduleId.matcher("-api").find());
    assertFalse(moduleId.matcher("api\n\n").find());
    Pattern any = ecma(".+");
    assertTrue(any.matcher("a\rb").find(), "Python's . takes a carriage return");
    assertFalse(any.matcher("a\nb").find());
  }

  private static Pattern ecma(String googleRegex) {
    String pattern = EcmaPattern.fullMatch(googleRegex).orElseThrow();
    return Pattern.compile(pattern.substring(0, pattern.length() - 1) + "\\z");
  }
}
