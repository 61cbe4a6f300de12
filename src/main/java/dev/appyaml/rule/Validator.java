package dev.appyaml.rule;

import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import dev.appyaml.source.TextDecoder;
import dev.appyaml.yaml.YamlDocument;
import dev.appyaml.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline: bytes to text to tree ({@link #load}), tree to findings ({@link #check}).
 * A run with several files loads them all first, so that the cross-file rules
 * ({@link #acrossFiles}) can see every file before each file's findings are settled.
 */
public final class Validator {

  private final Engine engine;
  private final ValidationOptions options;

  public Validator(List<Rule> rules, ValidationOptions options) {
    this.engine = new Engine(rules);
    this.options = options;
  }

  /** The findings for one file and the text they point into. */
  public record Result(SourceFile source, List<Diagnostic> diagnostics, List<Suppressed> suppressed) {
    public Result(SourceFile source, List<Diagnostic> diagnostics) {
      this(source, diagnostics, List.of());
    }
  }

  public Result validate(String displayPath, byte[] bytes, FileKind kind, Optional<Path> path) {
    return check(load(displayPath, bytes, kind, path), List.of());
  }

  /** A file we refused to read in full because it is over the size limit. */
  public Result tooLarge(String displayPath, long size, FileKind kind) {
    return check(tooLargeFile(displayPath, size, kind), List.of());
  }

  /** One loaded file's findings, with the cross-file findings that fall in it. */
  public Result check(CheckedFile file, List<Diagnostic> acrossFiles) {
    return settle(checkOwn(file), acrossFiles);
  }

  /** A file checked by the per-file rules, waiting for the cross-file findings that may fall in it. */
  public record Checked(CheckedFile file, List<Diagnostic> own) {}

  /** The per-file half of {@link #check}: safe to run on many files at once. */
  public Checked checkOwn(CheckedFile file) {
    return new Checked(file, engine.checkOwn(file, options));
  }

  /** The other half: the file's findings with the cross-file findings in it, suppressed and sorted. */
  public Result settle(Checked checked, List<Diagnostic> acrossFiles) {
    Engine.Outcome outcome = engine.settleKeepingSuppressed(checked.file(), options, checked.own(), acrossFiles);
    return new Result(checked.file().source(), outcome.diagnostics(), outcome.suppressed());
  }

  /** Decodes and parses a file; never throws on its content. */
  public static CheckedFile load(String displayPath, byte[] bytes, FileKind kind, Optional<Path> path) {
    return load(displayPath, bytes, kind, path, Disk.direct());
  }

  /** {@link #load}, for a file whose neighbours the rules see through {@code disk}. */
  public static CheckedFile load(String displayPath, byte[] bytes, FileKind kind, Optional<Path> path, Disk disk) {
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    SourceFile source = new SourceFile(displayPath, decoded.text());
    YamlDocument document = decoded.problem()
        .map(p -> YamlDocument.unreadable(source, Range.point(p.at()), p.message()))
        .orElseGet(() -> YamlLoader.load(source));
    return new CheckedFile(source, document, kind, path, disk);
  }

  /** A file over the size limit, as a file that could not be loaded. */
  public static CheckedFile tooLargeFile(String displayPath, long size, FileKind kind) {
    SourceFile source = new SourceFile(displayPath, "");
    YamlDocument document = YamlDocument.unreadable(source, Range.point(dev.appyaml.source.Position.START),
        String.format("file is %.1f MB; appyaml reads configuration files up to %d MB",
            size / (1024.0 * 1024.0), YamlLoader.MAX_CODE_POINTS / (1024 * 1024)));
    return new CheckedFile(source, document, kind, Optional.empty());
  }

  /** The findings of the cross-file rules among {@code rules} over the files of one run. */
  public static List<Diagnostic> acrossFiles(List<Rule> rules, ValidationOptions options, List<CheckedFile> files) {
    return acrossFiles(rules, options, files, AppLayout.NONE);
  }

  /** As above, with the run's files grouped into apps as {@code layout} finds them on disk. */
  public static List<Diagnostic> acrossFiles(List<Rule> rules, ValidationOptions options, List<CheckedFile> files,
      AppLayout layout) {
    return new Engine(rules).checkRun(files, options, Validator::readNeighbour,
        new AppGrouping(layout, Validator::readNeighbour));
  }

  /** A neighbouring file a cross-file rule asked for, read only for context. */
  private static Optional<CheckedFile> readNeighbour(Path path) {
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(YamlLoader.MAX_CODE_POINTS + 1);
      if (bytes.length > YamlLoader.MAX_CODE_POINTS) {
        return Optional.empty();
      }
      Path name = path.getFileName();
      FileKind kind = FileKind.fromFileName(name == null ? path.toString() : name.toString());
      return Optional.of(load(path.toString(), bytes, kind, Optional.of(path)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
