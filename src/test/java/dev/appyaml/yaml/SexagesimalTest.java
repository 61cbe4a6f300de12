package dev.appyaml.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The linear scanner accepts exactly what PyYAML's sexagesimal regexes accept. */
class SexagesimalTest {

  private static final Pattern INT = Pattern.compile("[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*");

  @Test
  void agreesWithPyYamlsRegexesOnRandomShortValues() {
    Random random = new Random(9);
    String alphabet = "0123456789::._-+a";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertEquals(INT.matcher(text).matches(), Sexagesimal.isInt(text), text);
      assertEquals(FLOAT.matcher(text).matches(), Sexagesimal.isFloat(text), text);
    }
  }

  @Test
  void longValuesNeitherOverflowNorMisread() {
    String value = "1" + ":0".repeat(100_000);
    assertEquals(true, Sexagesimal.isInt(value));
    assertEquals(true, Sexagesimal.isFloat(value + ".5"));
    assertEquals(false, Sexagesimal.isInt(value + ":"));
  }
}
