package dev.appyaml.schema;

import dev.appyaml.source.SourceFile;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlLoader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an editor's YAML 1.2 parser (core schema) types a plain scalar, next to how Google's YAML
 * 1.1 loader types it. A schema's {@code enum} must hold the value the editor sees for every
 * spelling Google accepts: {@code env: 2} is the number 2 to an editor and the text "2" to
 * Google, and {@code yes} is text to an editor and true to Google.
 */
final class Yaml12 {

  private Yaml12() {}

  /** YAML 1.1 booleans that YAML 1.2 reads as text. */
  static final List<Object> YAML11_BOOLEAN_WORDS = List.of(
      "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");

  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** The value of {@code text} written unquoted, as the YAML 1.2 core schema types it. */
  static Object plain(String text) {
    switch (text) {
      case "", "~", "null", "Null", "NULL" -> {
        return null;
      }
      case "true", "True", "TRUE" -> {
        return Boolean.TRUE;
      }
      case "false", "False", "FALSE" -> {
        return Boolean.FALSE;
      }
      default -> { }
    }
    if (INT.matcher(text).matches()) {
      return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }
    if (OCT.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 8);
    }
    if (HEX.matcher(text).matches()) {
      return new BigInteger(text.substring(2), 16);
    }
    if (FLOAT.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    return text;
  }

  /**
   * Every value an editor can see where Google accepts one of {@code options}: each option as
   * quoted text, and the YAML 1.2 value of each unquoted spelling whose Python {@code str()}
   * under YAML 1.1 is an option.
   */
  static List<Object> optionValues(List<String> options) {
    List<Object> values = new ArrayList<>(options);
    List<String> spellings = new ArrayList<>(options);
    for (String word : List.of("yes", "no", "on", "off", "true", "false")) {
      spellings.add(word);
      spellings.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      spellings.add(word.toUpperCase(Locale.ROOT));
    }
    for (String spelling : spellings) {
      if (options.contains(googleStr(spelling))) {
        Object seen = plain(spelling);
        if (!values.contains(seen)) {
          values.add(seen);
        }
      }
    }
    return values;
  }

  /** Python's str() of the value Google's loader makes of {@code text} written unquoted. */
  private static String googleStr(String text) {
    var document = YamlLoader.load(new SourceFile("option", "v: " + text + "\n"));
    return document.root()
        .filter(MappingNode.class::isInstance)
        .flatMap(root -> ((MappingNode) root).get("v"))
        .filter(ScalarNode.class::isInstance)
        .map(v -> ((ScalarNode) v).pythonStr())
        .orElse("");
  }
}
