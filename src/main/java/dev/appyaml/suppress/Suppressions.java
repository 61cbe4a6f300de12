package dev.appyaml.suppress;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions written in a file's comments:
 * <pre>
 *   threadsafe: "false"  # appyaml: disable=AY109 -- kept for the legacy loader
 *   # appyaml: disable=AY107 -- resources are read by our own tooling
 *   resources: ...
 *   # appyaml: disable-file=AY108 -- module is still used by old scripts
 * </pre>
 * A trailing comment covers its own line; a comment alone on a line covers the next line; the
 * file form covers the whole file.
 */
public final class Suppressions {

  private static final Pattern DIRECTIVE = Pattern.compile(
      "(?:^|\\s)#\\s*appyaml:\\s*(disable|disable-file)\\s*=\\s*([A-Za-z0-9_,\\- ]*?)\\s*(?:--\\s*(.*?))?\\s*(?:\\s#.*)?$");

  private Suppressions() {}

  /** One directive: which rules, which line it covers (0 for the whole file), and its reason. */
  public record Directive(Range range, List<String> rules, int coveredLine, String reason) {
    public boolean fileWide() {
      return coveredLine == 0;
    }
  }

  public static List<Directive> parse(SourceFile source) {
    if (!source.text().contains("appyaml:")) {
      return List.of(); // the common case, without splitting the text and matching every line
    }
    List<Directive> directives = new ArrayList<>();
    // Lines split exactly as SourceFile splits them (\n, \r\n, \r), so that line numbers agree with
    // every position the loader reports; U+2028, VT, FF and NEL are characters within a line.
    for (int i = 0; i < source.lineCount(); i++) {
      String line = source.line(i + 1);
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.find()) {
        continue;
      }
      int lineNumber = i + 1;
      int hash = line.indexOf('#', m.start());
      Range range = new Range(new Position(lineNumber, line.codePointCount(0, hash) + 1),
          new Position(lineNumber, line.codePointCount(0, line.length()) + 1));
      // A set: a rule named twice is suppressed once (and a line naming one rule 100,000 times stays linear).
      java.util.Set<String> rules = new java.util.LinkedHashSet<>();
      for (String id : m.group(2).split("[,\\s]+")) {
        if (!id.isBlank()) {
          String token = id.strip();
          rules.add(token.matches("(?i)ay\\d{3}") ? token.toUpperCase(Locale.ROOT) : token);
        }
      }
      boolean commentOnly = line.substring(0, hash).isBlank();
      int covered = m.group(1).equals("disable-file") ? 0 : commentOnly ? lineNumber + 1 : lineNumber;
      directives.add(new Directive(range, List.copyOf(rules), covered, m.group(3) == null ? "" : m.group(3)));
    }
    return directives;
  }
}
