package dev.appyaml.rules.flex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DotnetPublishTest {

  @Test
  void neverAsAttributeOrChildElement() {
    assertTrue(DotnetPublish.dockerfileNeverPublished("<None Update='Dockerfile' CopyToPublishDirectory='Never' />"));
    assertTrue(DotnetPublish.dockerfileNeverPublished(
        "<None Include=\"Dockerfile\">\n  <CopyToPublishDirectory> Never </CopyToPublishDirectory>\n</None>"));
  }

  @Test
  void otherItemsOrOtherValuesDoNotCount() {
    assertFalse(DotnetPublish.dockerfileNeverPublished("<None Update=\"Dockerfile\" CopyToPublishDirectory=\"Always\" />"
        + "<None Update=\"app.yaml\" CopyToPublishDirectory=\"Never\" />"));
    assertFalse(DotnetPublish.dockerfileNeverPublished("<None Update=\"Dockerfile\">"));
    assertFalse(DotnetPublish.dockerfileNeverPublished(""));
  }
}
