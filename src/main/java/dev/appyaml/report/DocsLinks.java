package dev.appyaml.report;

/**
 * Links to appyaml's own documentation, pinned to the released version that produced a report
 * (its git tag), so that a rule's page matches the behaviour that was reported. Development
 * builds link to the main branch.
 */
public final class DocsLinks {

  static final String REPOSITORY = "https://github.com/appyaml/appyaml";

  private DocsLinks() {}

  /** The git ref of a tool version: {@code v1.2.0} for a release, {@code main} otherwise. */
  static String ref(String toolVersion) {
    return toolVersion.matches("\\d+\\.\\d+\\.\\d+") ? "v" + toolVersion : "main";
  }

  public static String rulePage(String toolVersion, String ruleId) {
    return REPOSITORY + "/blob/" + ref(toolVersion) + "/docs/rules/" + ruleId + ".md";
  }
}
