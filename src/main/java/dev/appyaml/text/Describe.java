package dev.appyaml.text;

import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;

/** How messages quote values from the file. */
public final class Describe {

  private static final int MAX = 60;

  private Describe() {}

  /** A scalar as written, shortened if long; other nodes by kind. */
  public static String value(YamlNode node) {
    if (node instanceof ScalarNode s) {
      String text = s.isNull() ? "empty" : s.quoted() ? '"' + s.text() + '"' : s.text();
      return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }
    return node.kindName();
  }

  /** A list of words: "a, b or c". */
  public static String choices(java.util.List<String> options) {
    if (options.size() == 1) {
      return options.get(0);
    }
    return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
  }
}
