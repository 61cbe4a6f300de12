package dev.appyaml.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appyaml.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every scanner error points at the offending character, or at the whole escape sequence (start, end exclusive). */
/** Rows: what, the text (backslash-n for a line break, backslash-t for a tab), start, end. */
class ScannerErrorPositionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "unknown escape                       | x: \"\\q\"                         | 1:5 | 1:7",
      "unknown escape on a later key        | a: 1\\nbb: 2\\nx: \"ab\\qc\"         | 3:7 | 3:9",
      "bad hex escape                       | x: \"\\xZZ\"                       | 1:5 | 1:9",
      "bad unicode escape                   | a: 1\\nx: \"x\\u12G4\"              | 2:6 | 2:12",
      "escape past the last code point      | a: 1\\nx: \"ab\\U0011FFFF\"         | 2:7 | 2:17",
      "unchecked escape SnakeYAML lets pass | a: 1\\nx: \"\\UFFFFFFFF\"           | 2:5 | 2:15",
      "escape cut off by the end            | a: 1\\nx: \"\\x                    | 2:5 | 2:7",
      "tab in indentation                   | a:\\n\\t- b                          | 2:1 | 2:2",
      "unexpected character                 | a: 1\\n@b: 2                        | 2:1 | 2:2",
      "special character                    | a: 1\\nb: x\\u0007y                  | 2:5 | 2:6",
  })
  void pointsAtTheOffendingText(String what, String text, String start, String end) {
    String yaml = text.strip().replace("\\n", "\n").replace("\\t", "\t").replace("\\u0007", "\u0007");
    YamlDocument doc = YamlLoader.load(new SourceFile("app.yaml", yaml));
    var range = doc.problems().get(0).range();
    assertEquals(start + " " + end, range.start().line() + ":" + range.start().column() + " "
        + range.end().line() + ":" + range.end().column(), what + ": " + doc.problems().get(0).message());
  }
}
