package dev.appyaml.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.appyaml.catalog.Catalogs;
import dev.appyaml.catalog.Element;
import dev.appyaml.catalog.ObjectSpec;
import dev.appyaml.catalog.Shape;
import dev.appyaml.rule.FileKind;
import dev.appyaml.source.Position;
import dev.appyaml.source.SourceFile;
import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Fixture;
import dev.appyaml.testing.Golden;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlLoader;
import dev.appyaml.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The generated JSON Schemas, judged by a real validator (networknt, draft-07) against files as
 * an editor sees them. yaml-language-server parses YAML 1.2 (core schema: {@code yes} is text,
 * {@code 1.10} is the number 1.1), so each file is converted to JSON with SnakeYAML Engine's
 * YAML 1.2 core schema, not with appyaml's YAML 1.1 loader.
 */
class JsonSchemaExportTest {

  private static final Path DOCS = Path.of("docs", "schemas");
  private static final Path CORPUS = Path.of("..", "shared", "corpus");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FINDING = Pattern.compile("^(\\S+):(\\d+):(\\d+): error\\[(AY10[1-5])\\]", Pattern.MULTILINE);

  @Test
  void docsSchemasAreCurrent() throws IOException {
    for (FileKind kind : JsonSchemaExport.kinds()) {
      Path file = DOCS.resolve(kind.id() + ".json");
      String generated = JsonSchemaExport.json(kind);
      if (Golden.updating()) {
        Golden.assertMatches(file, generated);
        continue;
      }
      String stored = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      assertEquals(generated, stored, file + " is stale; regenerate with"
          + " APPYAML_UPDATE_GOLDEN=1 mvn -B test -Dtest=JsonSchemaExportTest");
    }
  }

  @Test
  void schemaCommandPrintsTheSchema() {
    Cli.Run run = Cli.run("schema", "--kind", "app");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(JsonSchemaExport.json(FileKind.APP), run.out());
    Cli.Run index = Cli.run("schema", "--kind", "index");
    assertEquals(2, index.exitCode());
    assertTrue(index.err().startsWith("appyaml: --kind index: no schema"), index.err());
  }

  @Test
  void everySchemaIsValidAgainstTheDraft07MetaSchema() throws IOException {
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    for (FileKind kind : JsonSchemaExport.kinds()) {
      Set<ValidationMessage> errors = meta.validate(JSON.readTree(JsonSchemaExport.json(kind)));
      assertTrue(errors.isEmpty(), kind + ": " + errors);
    }
  }

  @Test
  void everyFileGcloudAcceptsInTheCorpusValidates() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    Assumptions.assumeTrue(Files.exists(manifest), "no corpus at " + CORPUS);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8).subList(1, Files.readAllLines(manifest).size())) {
      String[] cells = line.split("\t", -1);
      FileKind kind = FileKind.fromFileName(Path.of(cells[0]).getFileName().toString());
      boolean accepted = "ok".equals(cells[8]) || "n/a".equals(cells[8]) && "ok".equals(cells[5]);
      if (accepted && JsonSchemaExport.kinds().contains(kind)) {
        checked++;
        validate(CORPUS.resolve(cells[0]), kind).ifPresent(failures::add);
      }
    }
    assertTrue(checked > 250, "only " + checked + " corpus files checked");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void everyOkFileValidates() throws IOException {
    List<String> failures = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("testdata", "ok"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        FileKind kind = FileKind.fromFileName(file.getFileName().toString());
        if (JsonSchemaExport.kinds().contains(kind)) {
          validate(file, kind).ifPresent(failures::add);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * Every error of the catalog rules in their firing goldens is an error of the schema at the
   * same place, except where the schema deliberately says nothing: a regex that ECMA-262 cannot
   * mean the same way ({@link EcmaPattern}), and a value YAML 1.2 types as a number where Google
   * reads text (patterns apply to strings only).
   */
  @Test
  void catalogRuleFindingsAreSchemaErrors() throws IOException {
    List<String> missed = new ArrayList<>();
    int matched = 0;
    for (Fixture fixture : Fixture.all()) {
      if (!fixture.fires() || !fixture.ruleId().matches("AY10[1-5]")) {
        continue;
      }
      FileKind kind = kindOf(fixture);
      if (!JsonSchemaExport.kinds().contains(kind)) {
        continue;
      }
      String text = Files.readString(fixture.file(), StandardCharsets.UTF_8);
      YamlNode root = YamlLoader.load(new SourceFile(fixture.toString(), text)).root().orElseThrow();
      Set<ValidationMessage> errors = schema(kind).validate(toJson(text));
      Matcher m = FINDING.matcher(Files.readString(fixture.golden(), StandardCharsets.UTF_8));
      while (m.find()) {
        if (!m.group(1).equals(fixture.toString()) || !m.group(4).equals(fixture.ruleId())) {
          continue;
        }
        Position at = new Position(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        Optional<Located> found = locate(root, at, "$", Catalogs.of(kind).orElseThrow(), null, fixture.ruleId().matches("AY10[234]"));
        if (found.isEmpty()) {
          missed.add(fixture + ":" + at + ": no node at the finding");
          continue;
        }
        Located node = found.get();
        if (node.silentBySchema()) {
          continue;
        }
        boolean reported = errors.stream().anyMatch(e -> {
          String location = e.getInstanceLocation().toString();
          return location.equals(node.path())
              || node.key() != null && location.equals(node.parent()) && e.getMessage().contains(node.key());
        });
        if (reported) {
          matched++;
        } else {
          missed.add(fixture + ":" + at + " " + fixture.ruleId() + " at " + node.path() + " not rejected; schema said " + errors);
        }
      }
    }
    assertTrue(missed.isEmpty(), String.join("\n", missed));
    assertTrue(matched >= 35, "only " + matched + " findings matched");
  }

  /** A node a finding points at: its JSON path, and for a key its name and the mapping's path. */
  private record Located(String path, String parent, String key, boolean silentBySchema) {}

  /** The node a finding points at; a value finding prefers a mapping over its first key, which starts at the same place. */
  private static Optional<Located> locate(YamlNode node, Position at, String path, ObjectSpec spec, Shape shape,
      boolean value) {
    if (value && node.range().start().equals(at)) {
      return Optional.of(new Located(path, null, null, omitted(shape, node)));
    }
    if (node instanceof MappingNode m) {
      for (MappingNode.Entry entry : m.entries()) {
        String child = path + "." + entry.name();
        Optional<Element> element = spec == null ? Optional.empty() : spec.element(entry.name());
        Shape childShape = element.map(Element::shape).orElse(null);
        if (entry.key().range().start().equals(at)) {
          boolean keyPatternOmitted = shape instanceof Shape.StringMap map
              && map.keyPattern().flatMap(p -> EcmaPattern.fullMatch(p.pattern())).isEmpty();
          boolean lenient = spec != null && spec.ignoresUnknownKeys();
          return Optional.of(new Located(child, path, entry.name(), keyPatternOmitted || lenient));
        }
        ObjectSpec childSpec = childShape instanceof Shape.Obj o ? o.spec() : null;
        Optional<Located> inside = locate(entry.value(), at, child, childSpec, childShape, value);
        if (inside.isPresent()) {
          return inside;
        }
      }
    } else if (node instanceof SequenceNode s) {
      Shape item = shape instanceof Shape.ListOf l ? l.item() : null;
      ObjectSpec itemSpec = item instanceof Shape.Obj o ? o.spec() : null;
      for (int i = 0; i < s.items().size(); i++) {
        Optional<Located> inside = locate(s.items().get(i), at, path + "[" + i + "]", itemSpec, item, value);
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    if (node.range().start().equals(at)) {
      return Optional.of(new Located(path, null, null, omitted(shape, node)));
    }
    return Optional.empty();
  }

  private static boolean omitted(Shape shape, YamlNode node) {
    if (!(shape instanceof Shape.Text t) || t.pattern().isEmpty()) {
      return false;
    }
    boolean text = node instanceof dev.appyaml.yaml.ScalarNode s
        && (s.quoted() || Yaml12.plain(s.text()) instanceof String);
    return EcmaPattern.fullMatch(t.pattern().get().pattern()).isEmpty() || !text;
  }

  private static FileKind kindOf(Fixture fixture) {
    int i = fixture.options().indexOf("--kind");
    return i >= 0 ? FileKind.valueOf(fixture.options().get(i + 1).toUpperCase(java.util.Locale.ROOT))
        : FileKind.fromFileName(fixture.file().getFileName().toString());
  }

  private static Optional<String> validate(Path file, FileKind kind) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Set<ValidationMessage> errors = schema(kind).validate(toJson(text));
    return errors.isEmpty() ? Optional.empty() : Optional.of(file + ": " + errors);
  }

  private static final Map<FileKind, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

  private static JsonSchema schema(FileKind kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(JsonSchemaExport.json(k)));
  }

  /** The document as an editor's YAML 1.2 parser (core schema) sees it, as JSON. */
  static JsonNode toJson(String yaml) {
    LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
    Object value = new Load(settings).loadFromString(yaml);
    return JSON.valueToTree(value == null ? Map.of() : stringKeys(value));
  }

  private static Object stringKeys(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), stringKeys(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(JsonSchemaExportTest::stringKeys).toList();
    }
    return value;
  }

}
