package dev.appyaml.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlLoaderTest {

  private static YamlDocument load(String text) {
    return YamlLoader.load(new SourceFile("app.yaml", text));
  }

  private static ScalarNode value(String yaml, String key) {
    MappingNode root = (MappingNode) load(yaml).root().orElseThrow();
    return (ScalarNode) root.get(key).orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "yes | BOOL | True", "On | BOOL | True", "off | BOOL | False", "FALSE | BOOL | False",
      "y | STRING | y", "n | STRING | n",
      "1.10 | FLOAT | 1.1", "3.10 | FLOAT | 3.1", "2.7 | FLOAT | 2.7", "1e3 | STRING | 1e3", "1.0e+3 | FLOAT | 1000.0",
      "010 | INT | 8", "0x1F | INT | 31", "1_000 | INT | 1000", "1:30 | INT | 90", "-5 | INT | -5",
      "~ | NULL | None", "null | NULL | None",
      "2024-01-30 | TIMESTAMP | 2024-01-30",
      ".inf | FLOAT | inf", "python312 | STRING | python312",
  })
  void plainScalarsAreTypedLikePyYaml(String text, ScalarType type, String pythonStr) {
    ScalarNode node = value("k: " + text + "\n", "k");
    assertEquals(type, node.type());
    assertEquals(pythonStr, node.pythonStr());
  }

  @Test
  void quotedScalarsAreStrings() {
    ScalarNode node = value("k: \"false\"\n", "k");
    assertEquals(ScalarType.STRING, node.type());
    assertTrue(node.quoted());
    assertEquals("false", node.text());
  }

  @Test
  void emptyValueIsNull() {
    assertTrue(value("k:\nj: 1\n", "k").isNull());
  }

  @Test
  void bigIntegersStayExact() {
    assertEquals(new BigInteger("123456789012345678901234567890"), value("k: 123456789012345678901234567890\n", "k").value());
  }

  @Test
  void positionsAreOneBasedWithExclusiveEnds() {
    ScalarNode node = value("runtime: python312\nservice:   api\n", "service");
    assertEquals(new Range(new Position(2, 12), new Position(2, 15)), node.range());
  }

  @Test
  void columnsCountCodePoints() {
    ScalarNode node = value("k: \"\uD83D\uDE00x\"\nj: é\n", "j");
    assertEquals(new Position(2, 4), node.range().start());
    ScalarNode emoji = value("k: \"\uD83D\uDE00x\"\n", "k");
    assertEquals(new Range(new Position(1, 4), new Position(1, 8)), emoji.range());
  }

  @Test
  void crlfLineEndsGiveTheSamePositions() {
    ScalarNode node = value("a: 1\r\nservice: api\r\n", "service");
    assertEquals(new Range(new Position(2, 10), new Position(2, 13)), node.range());
  }

  @Test
  void aliasCarriesTheAnchorsRange() {
    YamlDocument doc = load("a: &x hello\nb: *x\n");
    MappingNode root = (MappingNode) doc.root().orElseThrow();
    YamlNode a = root.get("a").orElseThrow();
    YamlNode b = root.get("b").orElseThrow();
    assertSame(a, b);
    assertEquals(1, b.range().start().line());
    assertEquals(new Range(new Position(2, 4), new Position(2, 6)), doc.aliases().get(0));
    assertEquals(1, doc.anchors().size());
  }

  @Test
  void duplicateKeysAreKept() {
    MappingNode root = (MappingNode) load("a: 1\na: 2\n").root().orElseThrow();
    assertEquals(2, root.entries().size());
  }

  @Test
  void multipleDocumentsAreKept() {
    assertEquals(2, load("a: 1\n---\nb: 2\n").documents().size());
  }

  @Test
  void syntaxErrorHasThePositionAndNoTree() {
    YamlDocument doc = load("a: [1, 2\n");
    assertTrue(doc.failed());
    assertTrue(doc.documents().isEmpty());
    assertEquals(YamlDocument.Kind.SYNTAX, doc.problems().get(0).kind());
    assertEquals(2, doc.problems().get(0).range().start().line());
  }

  @Test
  void blockMappingRangeEndsAtItsLastValue() {
    MappingNode root = (MappingNode) load("scaling:\n  a: 1\n  b: two\n\nnext: 3\n").root().orElseThrow();
    YamlNode scaling = root.get("scaling").orElseThrow();
    assertEquals(new Range(new Position(2, 3), new Position(3, 9)), scaling.range());
  }
}
