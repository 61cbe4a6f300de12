package dev.appyaml.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime tables are read from the text the build embedded (no resource lookup at start-up),
 * and that text is the resource's: an incremental build that copied an edited table but did not
 * recompile would leave the old text behind, and this test says so.
 */
class EmbeddedTextsTest {

  @Test
  void theBundledTablesAreEmbeddedAsTheyAreOnTheClassPath() throws IOException {
    for (String resource : List.of(RuntimeTable.RESOURCE, FlexibleRuntimes.RESOURCE)) {
      String embedded = EmbeddedTexts.of(resource);
      assertNotNull(embedded, resource + " is not embedded: mark its reader @EmbedsText");
      try (InputStream in = RuntimeTable.class.getResourceAsStream(resource)) {
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), embedded,
            resource + " changed since the last compilation: rebuild (mvn clean package)");
      }
    }
  }

  @Test
  void otherNamesAreNotEmbedded() {
    assertNull(EmbeddedTexts.of("no-such-table.tsv"));
  }

  @Test
  void datesAreReadStrictly() {
    assertEquals(java.time.LocalDate.of(2026, 2, 28), BundledTsv.isoDate("2026-02-28").orElseThrow());
    for (String bad : List.of("2026-02-30", "2026-2-28", "2026/02/28", "20260228", "2026-02-28 ", "２026-02-28", "")) {
      assertEquals(java.util.Optional.empty(), BundledTsv.isoDate(bad), bad);
    }
  }
}
