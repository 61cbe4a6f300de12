package dev.appyaml.rules.runtime;

import dev.appyaml.model.Platform;
import dev.appyaml.rule.Severity;
import java.util.Optional;

/**
 * Which files gcloud's second-generation-only checks concern, and how seriously: an error where
 * gcloud runs them (its prefix rule, which includes go111), a warning for Ruby, which gcloud
 * forgets but which is second generation all the same (spec §13 rows 17-18).
 */
final class SecondGeneration {

  private SecondGeneration() {}

  static Optional<Severity> severity(Platform platform) {
    if (platform.gcloudTreatsAsSecondGeneration()) {
      return Optional.of(Severity.ERROR);
    }
    if (platform.isStandard() && platform.isRuby()) {
      return Optional.of(Severity.WARNING);
    }
    return Optional.empty();
  }

  static String consequence(Severity severity) {
    return severity == Severity.ERROR ? "gcloud refuses the file" : "gcloud does not check this for Ruby, but second-generation runtimes do not use it";
  }
}
