package dev.appyaml.yaml;

import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * What the loader made of one file: its documents' roots (empty when the text was not valid
 * YAML), where anchors and aliases were written, and the problems that stopped or limited
 * loading.
 */
public record YamlDocument(
    SourceFile source,
    List<YamlNode> documents,
    List<Range> anchors,
    List<Range> aliases,
    List<LoadProblem> problems) {

  public YamlDocument {
    documents = List.copyOf(documents);
    anchors = List.copyOf(anchors);
    aliases = List.copyOf(aliases);
    problems = List.copyOf(problems);
  }

  /** The first document's root, if the file had one. */
  public Optional<YamlNode> root() {
    return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(0));
  }

  /** True when loading failed and the tree must not be judged. */
  public boolean failed() {
    return !problems.isEmpty();
  }

  /** A problem the loader met: the text is not YAML, not text at all, or over a limit. */
  public record LoadProblem(Kind kind, Range range, String message) {}

  public enum Kind {
    SYNTAX,
    LIMIT,
    NOT_TEXT
  }

  /** A file whose bytes are not text: nothing to judge but that. */
  public static YamlDocument unreadable(SourceFile source, Range at, String message) {
    return new YamlDocument(source, List.of(), List.of(), List.of(),
        List.of(new LoadProblem(Kind.NOT_TEXT, at, message)));
  }
}
