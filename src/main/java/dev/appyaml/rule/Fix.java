package dev.appyaml.rule;

import java.util.Optional;

/**
 * A suggestion attached to a finding: an imperative title ("quote the value") and, where the
 * fix is mechanical, the text that should replace the finding's range.
 */
public record Fix(String title, Optional<String> replacement) {

  public static Fix hint(String title) {
    return new Fix(title, Optional.empty());
  }

  public static Fix replaceWith(String title, String replacement) {
    return new Fix(title, Optional.of(replacement));
  }
}
