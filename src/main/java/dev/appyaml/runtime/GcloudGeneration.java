package dev.appyaml.runtime;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * gcloud's own "second generation" ("Ti") test (spec §2.2). Its regexes are applied the way
 * Python's {@code re.match} applies them: anchored at the start only. That makes {@code go111}
 * second generation for gcloud (spec §13 row 17), and Ruby never is, as gcloud has no Ruby
 * pattern (§13 row 18). For appyaml's own classification use {@link Runtime#generation()}.
 */
public final class GcloudGeneration {

  private static final List<Pattern> TI_PREFIXES =
      List.of(
          Pattern.compile("nodejs\\d*"),
          Pattern.compile("php[789]\\d*"),
          Pattern.compile("python3\\d*"),
          Pattern.compile("go1\\d\\d(\\w+\\d)?"),
          Pattern.compile("java[123456]\\d*"));

  private GcloudGeneration() {}

  public static boolean isSecondGenerationForGcloud(String runtime) {
    Objects.requireNonNull(runtime, "runtime");
    return TI_PREFIXES.stream().anyMatch(p -> p.matcher(runtime).lookingAt());
  }
}
