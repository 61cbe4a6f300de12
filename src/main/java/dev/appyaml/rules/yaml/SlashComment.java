package dev.appyaml.rules.yaml;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import dev.appyaml.yaml.YamlDocument.LoadProblem;
import java.util.Optional;

/**
 * A line written as a {@code //} comment, which YAML reads as text: it becomes a plain scalar (or
 * a key) that runs on into the next line, and the parser complains only there, about a missing
 * {@code :}. The finding is moved to the {@code //} line, where the scalar began, and says why.
 */
record SlashComment(Range range, String message) {

  /** How far above the parser's complaint the {@code //} line may be. */
  private static final int LINES_UP = 20;

  static Optional<SlashComment> before(SourceFile source, LoadProblem problem) {
    if (!problem.message().contains("could not find expected ':'")) {
      return Optional.empty();
    }
    int errorLine = problem.range().start().line();
    for (int n = errorLine - 1; n >= 1 && n >= errorLine - LINES_UP; n--) {
      String line = source.line(n);
      String text = line.strip();
      if (text.startsWith("//")) {
        int column = line.codePointCount(0, line.indexOf("//")) + 1;
        Range range = new Range(new Position(n, column), new Position(n, line.codePointCount(0, line.length()) + 1));
        return Optional.of(new SlashComment(range, "line " + n + " starts with //, which is not a YAML comment:"
            + " its text is read as a plain scalar that runs on into line " + errorLine
            + ", where the parser " + problem.message().replace(" (while scanning a simple key)", "")));
      }
      if (!text.isEmpty() && !text.startsWith("#")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
