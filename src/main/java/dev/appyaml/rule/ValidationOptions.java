package dev.appyaml.rule;

import java.time.LocalDate;
import java.util.Optional;

/** What the user told us beyond the files: deploy target and the date to judge by. */
public record ValidationOptions(
    Optional<String> project, Optional<String> version, LocalDate asOf, boolean inlineSuppressions) {

  public static ValidationOptions defaults(LocalDate asOf) {
    return new ValidationOptions(Optional.empty(), Optional.empty(), asOf, true);
  }
}
