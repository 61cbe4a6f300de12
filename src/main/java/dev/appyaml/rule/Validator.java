package dev.appyaml.rule;

import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import dev.appyaml.source.TextDecoder;
import dev.appyaml.yaml.YamlDocument;
import dev.appyaml.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The whole pipeline for one file: bytes to text to tree to findings. */
public final class Validator {

  private final Engine engine;
  private final ValidationOptions options;

  public Validator(List<Rule> rules, ValidationOptions options) {
    this.engine = new Engine(rules);
    this.options = options;
  }

  /** The findings for one file and the text they point into. */
  public record Result(SourceFile source, List<Diagnostic> diagnostics) {}

  public Result validate(String displayPath, byte[] bytes, FileKind kind, Optional<Path> path) {
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    SourceFile source = new SourceFile(displayPath, decoded.text());
    YamlDocument document = decoded.problem()
        .map(p -> YamlDocument.unreadable(source, Range.point(p.at()), p.message()))
        .orElseGet(() -> YamlLoader.load(source));
    return new Result(source, engine.check(new CheckedFile(source, document, kind, path), options));
  }

  /** A file we refused to read in full because it is over the size limit. */
  public Result tooLarge(String displayPath, long size, FileKind kind) {
    SourceFile source = new SourceFile(displayPath, "");
    YamlDocument document = YamlDocument.unreadable(source, Range.point(dev.appyaml.source.Position.START),
        String.format("file is %.1f MB; appyaml reads configuration files up to %d MB",
            size / (1024.0 * 1024.0), YamlLoader.MAX_CODE_POINTS / (1024 * 1024)));
    return new Result(source, engine.check(new CheckedFile(source, document, kind, Optional.empty()), options));
  }
}
