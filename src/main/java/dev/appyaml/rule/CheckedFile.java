package dev.appyaml.rule;

import dev.appyaml.source.SourceFile;
import dev.appyaml.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file as the rules see it: its text, its loaded tree, its kind, and where it lives on disk
 * (absent for standard input), for rules that look at neighbouring files through {@code disk}.
 */
public record CheckedFile(SourceFile source, YamlDocument document, FileKind kind, Optional<Path> path, Disk disk) {

  /** A file whose neighbours are read from the disk itself. */
  public CheckedFile(SourceFile source, YamlDocument document, FileKind kind, Optional<Path> path) {
    this(source, document, kind, path, Disk.direct());
  }
}
