package dev.appyaml.rule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user told us beyond the files: deploy target, the date to judge by, whether inline
 * suppressions count, and the kind to check every file as ({@code --kind}), which overrides the
 * kind a file's name gives.
 */
public record ValidationOptions(
    Optional<String> project, Optional<String> version, LocalDate asOf, boolean inlineSuppressions,
    Optional<FileKind> kind) {

  public ValidationOptions(Optional<String> project, Optional<String> version, LocalDate asOf, boolean inlineSuppressions) {
    this(project, version, asOf, inlineSuppressions, Optional.empty());
  }

  public static ValidationOptions defaults(LocalDate asOf) {
    return new ValidationOptions(Optional.empty(), Optional.empty(), asOf, true);
  }
}
