package dev.appyaml.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares output with the stored file, or rewrites the file when the
 * environment variable {@code APPYAML_UPDATE_GOLDEN=1} is set (review the diff like code).
 */
public final class Golden {

  private Golden() {}

  public static boolean updating() {
    return "1".equals(System.getenv("APPYAML_UPDATE_GOLDEN"));
  }

  public static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        throw new AssertionError("missing golden file " + golden + "; run with APPYAML_UPDATE_GOLDEN=1 to create it");
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
