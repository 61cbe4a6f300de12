package dev.appyaml.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One file's text and the name it is reported under (the path as given on the command line,
 * or the {@code --stdin-filename}).
 */
public final class SourceFile {

  private final String displayPath;
  private final String text;
  private List<String> lines;

  public SourceFile(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
  }

  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** The text of 1-based line {@code n} without its line break, or "" past the end. */
  public String line(int n) {
    List<String> all = lines();
    return n >= 1 && n <= all.size() ? all.get(n - 1) : "";
  }

  /** How many lines the text has, split as {@link #line} splits them (a final empty line counts). */
  public int lineCount() {
    return lines().size();
  }

  /**
   * The position of the code point at 0-based {@code offset} (counted in code points, as SnakeYAML
   * counts), with lines split as {@link #line} splits them; past the end, the end of the text.
   */
  public Position positionOfCodePoint(int offset) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < offset; i += Character.charCount(text.codePointAt(i)), seen++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Position(line, column);
  }

  private List<String> lines() {
    if (lines == null) {
      List<String> result = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          result.add(text.substring(start, i));
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      result.add(text.substring(start));
      lines = List.copyOf(result);
    }
    return lines;
  }
}
