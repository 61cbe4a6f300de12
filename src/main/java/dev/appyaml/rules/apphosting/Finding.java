package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.Fix;
import java.util.List;
import java.util.Optional;

/**
 * What a runConfig rule found: the value to point at, every value the verdict rests on, the
 * message, and whether the verdict rests on a default standing in for an unset value. Reporting
 * is left to {@link RunConfigRule}, which knows whether the values come from one file or a merge.
 */
record Finding(Setting<?> at, List<Setting<?>> involved, String message, Optional<Fix> fix, boolean usesDefault) {

  static Finding of(Setting<?> at, String message, Fix fix, Setting<?>... others) {
    List<Setting<?>> involved = new java.util.ArrayList<>();
    involved.add(at);
    involved.addAll(List.of(others));
    return new Finding(at, List.copyOf(involved), message, Optional.ofNullable(fix), false);
  }

  /** The same finding, marked as resting on the default of a value that is not set. */
  Finding usingDefault() {
    return new Finding(at, involved, message, fix, true);
  }
}
