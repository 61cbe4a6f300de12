package dev.appyaml.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published JSON Schema for .appyaml.yaml must describe exactly the settings the loader reads. */
class ConfigSchemaTest {

  @Test
  void schemaListsEverySettingTheLoaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("docs/appyaml-config.schema.json")));
    Set<String> documented = new TreeSet<>();
    schema.at("/properties").fieldNames().forEachRemaining(documented::add);
    assertEquals(new TreeSet<>(ConfigLoader.SETTINGS), documented);
  }

  @Test
  void unknownSettingIsRejectedWithItsPosition(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".appyaml.yaml");
    Files.writeString(file, "project: p\nrulez:\n  AY101: off\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().endsWith(".appyaml.yaml:2:1: unknown setting rulez; did you mean rules?"), e.getMessage());
  }

  @Test
  void ignoreGlobs() {
    assertTrue(Glob.toRegex("legacy/**").matcher("legacy/a/b.yaml").matches());
    assertTrue(Glob.toRegex("**/app.yaml").matcher("app.yaml").matches());
    assertTrue(Glob.toRegex("services/*.yaml").matcher("services/a.yaml").matches());
    assertFalse(Glob.toRegex("services/*.yaml").matcher("services/x/a.yaml").matches());
  }
}
