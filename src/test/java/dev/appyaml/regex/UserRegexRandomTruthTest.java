package dev.appyaml.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.regex.UserRegex.Anchor;
import dev.appyaml.regex.UserRegex.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 6,000 random patterns and texts (flags, classes, escapes, anchors, repeats, look-around and
 * back-references mixed) with the answers CPython 3.11.7 gave, from random-truth.py beside
 * random-truth.json: every answer without a caveat is Python's, through {@link UserRegex} and
 * through the java.util.regex translation alone.
 */
class UserRegexRandomTruthTest {

  private static JsonNode rows() throws IOException {
    try (InputStream in = UserRegexRandomTruthTest.class.getResourceAsStream("random-truth.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyAnswerWithoutACaveatIsPythons() throws IOException {
    List<String> wrong = new ArrayList<>();
    int judged = 0;
    for (JsonNode row : rows()) {
      String pattern = row.get(0).asText();
      String text = row.get(1).asText();
      Optional<UserRegex> regex = UserRegex.compile(pattern);
      Optional<UserRegex> backtracking = UserRegex.compileBacktracking(pattern);
      assertTrue(regex.isPresent(), "Python reads " + PyText.repr(pattern));
      for (Anchor anchor : Anchor.values()) {
        boolean python = row.get(anchor == Anchor.FULL ? 2 : 3).asBoolean();
        for (Optional<UserRegex> engine : List.of(regex, backtracking)) {
          UserRegex.Verdict v = engine.map(r -> r.matches(text, anchor)).orElse(null);
          if (v == null || !v.caveats().isEmpty() || v.is(Outcome.UNKNOWN)) {
            continue;
          }
          judged++;
          if (v.is(Outcome.MATCH) != python) {
            wrong.add(PyText.repr(pattern) + " " + anchor + " " + PyText.repr(text) + ": Python " + python);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(judged > 20_000, "judged only " + judged);
  }
}
