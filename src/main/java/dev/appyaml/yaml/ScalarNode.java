package dev.appyaml.yaml;

import dev.appyaml.source.Range;
import java.math.BigInteger;

/**
 * A scalar with both its text as written (after YAML unescaping) and its YAML 1.1 type.
 * {@code value} is a {@link Boolean}, {@link BigInteger}, {@link Double}, {@link String} or
 * null, matching {@code type}; timestamps keep their text.
 */
public record ScalarNode(Range range, String text, boolean quoted, ScalarType type, Object value)
    implements YamlNode {

  @Override
  public String kindName() {
    return type == ScalarType.NULL ? "an empty value" : (type == ScalarType.INT ? "an " : "a ") + type.displayName();
  }

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  /**
   * The text Python's {@code str()} gives for this value, which is what Google's validator
   * matches its regular expressions against: {@code True}, {@code 1.1} for {@code 1.10},
   * {@code None} for an empty value.
   */
  public String pythonStr() {
    return switch (type) {
      case NULL -> "None";
      case BOOL -> (Boolean) value ? "True" : "False";
      case INT -> value.toString();
      case FLOAT -> PythonFloats.repr((Double) value);
      case TIMESTAMP, STRING -> text;
    };
  }
}
