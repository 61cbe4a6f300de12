package dev.appyaml.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

/** Checks that a pattern rewritten for linear matching accepts exactly what the original accepts. */
public final class SameLanguage {

  private SameLanguage() {}

  /** Compares full matches on random strings of up to {@code maxLength} characters from {@code alphabet}. */
  public static void assertSame(String original, String rewritten, String alphabet, int maxLength) {
    Pattern before = Pattern.compile(original);
    Pattern after = Pattern.compile(rewritten);
    Random random = new Random(original.hashCode());
    for (int n = 0; n < 100_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(maxLength + 1);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertEquals(before.matcher(text).matches(), after.matcher(text).matches(), () -> rewritten + " on \"" + text + "\"");
    }
  }
}
