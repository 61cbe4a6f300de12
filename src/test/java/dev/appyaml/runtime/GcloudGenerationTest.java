package dev.appyaml.runtime;

import static dev.appyaml.runtime.GcloudGeneration.isSecondGenerationForGcloud;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GcloudGenerationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "go111", // gcloud's go1\d\d matches it although it is first generation (spec §13 row 17)
        "go122",
        "go126",
        "java11",
        "java17",
        "java25",
        "php74",
        "php85",
        "python37",
        "python312",
        "nodejs",
        "nodejs20",
        "nodejs8",
        "python3.12", // prefix match: re.match does not anchor the end
        "go1234beta5",
      })
  void secondGeneration(String runtime) {
    assertTrue(isSecondGenerationForGcloud(runtime), runtime);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "java8",
        "java7",
        "java",
        "php55",
        "php",
        "python27",
        "python",
        "go",
        "go1", // needs two more digits
        "ruby33", // gcloud has no Ruby pattern (spec §13 row 18)
        "ruby40",
        "custom",
        "xnodejs20", // anchored at the start
      })
  void notSecondGeneration(String runtime) {
    assertFalse(isSecondGenerationForGcloud(runtime), runtime);
  }
}
