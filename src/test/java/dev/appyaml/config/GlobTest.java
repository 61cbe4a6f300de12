package dev.appyaml.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void wildcards() {
    assertTrue(Glob.compile("*.yaml").matches("app.yaml"));
    assertFalse(Glob.compile("*.yaml").matches("dir/app.yaml"));
    assertTrue(Glob.compile("**/app.yaml").matches("app.yaml"));
    assertTrue(Glob.compile("**/app.yaml").matches("a/b/app.yaml"));
    assertTrue(Glob.compile("vendor/**").matches("vendor/a/b"));
    assertTrue(Glob.compile("a/**/b").matches("a/b"));
    assertTrue(Glob.compile("a/**/b").matches("a/x/y/b"));
    assertTrue(Glob.compile("?.yaml").matches("a.yaml"));
    assertFalse(Glob.compile("a?b").matches("a/b"));
    assertTrue(Glob.compile("\\*.yaml").matches("*.yaml"));
    assertFalse(Glob.compile("\\*.yaml").matches("a.yaml"));
  }

  @Test
  void classes() {
    assertTrue(Glob.compile("[abc].yaml").matches("b.yaml"));
    assertTrue(Glob.compile("[!abc].yaml").matches("d.yaml"));
    assertFalse(Glob.compile("[^abc].yaml").matches("a.yaml"));
    assertTrue(Glob.compile("[a-c]x").matches("bx"));
    assertTrue(Glob.compile("[]a]").matches("]"));
    assertTrue(Glob.compile("[[:alpha:]]*").matches("app.yaml"));
    assertFalse(Glob.compile("[[:digit:]]*").matches("app.yaml"));
  }

  /** What a backtracking regex translation refused or choked on is simply a glob here. */
  @Test
  void everyTextIsAGlob() {
    assertFalse(Glob.compile("[z-a]").matches("m"), "a reversed range matches nothing");
    assertTrue(Glob.compile("[]").matches("[]"), "an unclosed [ is itself");
    assertTrue(Glob.compile("[abc").matches("[abc"));
    assertTrue(Glob.compile("a\\").matches("a\\"));
  }

  @Test
  void manyStarsMatchInLinearTime() {
    Glob stars = Glob.compile("*a".repeat(30) + "*b");
    String path = "a".repeat(10_000);
    assertFalse(Bounded.run("30 stars", () -> stars.matches(path)));
    Glob doubleStars = Glob.compile("**/a".repeat(30) + "/b");
    assertFalse(Bounded.run("30 **", () -> doubleStars.matches("a/".repeat(5_000))));
  }

  /** The plain wildcard cases agree with the regex translation they replace. */
  @Test
  void agreesWithTheRegexTranslationOnRandomGlobs() {
    Random random = new Random(4);
    String globAlphabet = "ab/*?.";
    String pathAlphabet = "ab/.";
    for (int n = 0; n < 20_000; n++) {
      String glob = random(random, globAlphabet, 6);
      Pattern regex = regex(glob);
      Glob compiled = Glob.compile(glob);
      for (int k = 0; k < 10; k++) {
        String path = random(random, pathAlphabet, 7);
        assertEquals(regex.matcher(path).matches(), compiled.matches(path), glob + " on " + path);
      }
    }
  }

  private static String random(Random random, String alphabet, int max) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** The former translation, for wildcards only: * within a segment, ** across, **&#47; any folders. */
  private static Pattern regex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
          re.append(slashAfter ? "(?:.*/)?" : ".*");
          i += slashAfter ? 2 : 1;
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
