package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The version comes from the embedded copy of appyaml.properties, the one the build filled in:
 * a stale copy (an incremental build that did not recompile) would show here.
 */
class ToolVersionTest {

  @Test
  void theEmbeddedVersionIsTheBuiltOne() throws IOException {
    Properties built = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream(ToolVersion.PROPERTIES)) {
      built.load(in);
    }
    assertEquals(built.getProperty("version"), ToolVersion.version(), "rebuild (mvn clean package)");
    assertEquals(false, ToolVersion.version().contains("${"));
  }
}
