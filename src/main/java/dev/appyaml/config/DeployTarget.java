package dev.appyaml.config;

import java.util.Optional;
import java.util.regex.Pattern;

/** Project and version ids, checked as gcloud checks --project and app deploy's --version. */
public final class DeployTarget {

  private static final Pattern VERSION_ID = Pattern.compile("(?!-)[a-z\\d\\-]{0,62}[a-z\\d]");
  private static final Pattern PROJECT_ID =
      Pattern.compile("(?:[a-z\\d\\-]{1,100}~)?(?:(?!-)[a-z\\d\\-.]{1,100}:)?(?!-)[a-z\\d\\-]{0,99}[a-z\\d]");

  private DeployTarget() {}

  /** Why a project id is not valid, or empty when it is. */
  public static Optional<String> projectProblem(String project) {
    return PROJECT_ID.matcher(project).matches() ? Optional.empty()
        : Optional.of(project + " is not valid; expected a project id such as my-project");
  }

  /** Why a version id is not valid, or empty when it is. */
  public static Optional<String> versionProblem(String version) {
    return VERSION_ID.matcher(version).matches() ? Optional.empty()
        : Optional.of(version + " is not valid; expected lowercase letters, digits and hyphens (at most 63)");
  }
}
