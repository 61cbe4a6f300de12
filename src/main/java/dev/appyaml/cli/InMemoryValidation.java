package dev.appyaml.cli;

import dev.appyaml.config.Config;
import dev.appyaml.config.ConfigException;
import dev.appyaml.config.ConfigResolver;
import dev.appyaml.config.Policy;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.Disk;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one door editors use into the validate pipeline: what {@code appyaml validate FILE
 * NEIGHBOURS...} reports for one file, with its text taken from memory (an editor's unsaved
 * buffer). The file is checked together with the App Engine files beside it, and the cross-file
 * rules group files into apps as validate does ({@link DiskAppLayout}); the {@code .appyaml.yaml}
 * that governs the file on disk applies (settings, ignores, severities, inline suppressions, its
 * baseline). Keep it in step with {@link ValidateCommand#call} and {@link CheckRun}.
 */
public final class InMemoryValidation {

  private InMemoryValidation() {}

  /** The findings in the file, or the configuration problem that stops validate (exit 2). */
  public record Result(SourceFile source, List<Diagnostic> diagnostics, Optional<String> configProblem) {}

  /**
   * @param file where the file is (its name gives its kind; its directory, the neighbours and the configuration)
   * @param openText the text of a file an editor holds open, or empty to read it from disk
   */
  public static Result validate(Path file, String text, Function<Path, Optional<String>> openText, LocalDate today) {
    Path absolute = file.toAbsolutePath().normalize();
    String name = absolute.toString();
    ConfigResolver configs = new ConfigResolver();
    List<Rule> all = RuleRegistry.all();
    List<CheckedFile> app = new ArrayList<>();
    CheckedFile edited = load(absolute, text.getBytes(StandardCharsets.UTF_8));
    app.add(edited);
    for (Path neighbour : neighbours(absolute)) {
      Optional<byte[]> bytes = openText.apply(neighbour).map(t -> t.getBytes(StandardCharsets.UTF_8)).or(() -> read(neighbour));
      bytes.ifPresent(b -> app.add(load(neighbour, b)));
    }
    Config config;
    try {
      config = configs.forFile(absolute);
    } catch (ConfigException e) {
      return new Result(edited.source(), List.of(), Optional.of(e.getMessage()));
    }
    Optional<Policy> policy = Policy.forFile(config, Optional.of(absolute));
    if (policy.isEmpty()) {
      return new Result(edited.source(), List.of(), Optional.empty());
    }
    ValidationOptions options = new ValidationOptions(config.project(), config.version(),
        config.asOf().orElse(today), config.inlineSuppressions(), Optional.empty());
    List<Diagnostic> acrossFiles = Validator.acrossFiles(all,
        new ValidationOptions(Optional.empty(), Optional.empty(), today, true, Optional.empty()), app,
        new DiskAppLayout(f -> declaredApps(configs, f), Disk.direct()));
    Validator.Result result = new Validator(policy.get().rules(all), options)
        .check(edited, acrossFiles.stream().filter(d -> d.file().equals(name)).toList());
    List<Diagnostic> regraded = result.diagnostics().stream().map(policy.get()::regrade).toList();
    // The baseline of the file's configuration hides what it records, as validate run there would.
    try {
      List<Diagnostic> kept = new BaselineStep(Optional.empty(), config.run().baseline())
          .apply(regraded, n -> Optional.of(result.source()), new java.io.PrintWriter(java.io.Writer.nullWriter())).kept();
      return new Result(result.source(), kept, Optional.empty());
    } catch (Main.UsageException e) {
      return new Result(result.source(), List.of(), Optional.of(e.getMessage()));
    }
  }

  private static List<Config.App> declaredApps(ConfigResolver configs, Path file) {
    try {
      return configs.forFile(file).run().apps();
    } catch (ConfigException e) {
      return List.of();
    }
  }

  private static CheckedFile load(Path path, byte[] bytes) {
    Path fileName = path.getFileName();
    FileKind kind = FileKind.fromFileName(fileName == null ? path.toString() : fileName.toString());
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      return Validator.tooLargeFile(path.toString(), bytes.length, kind);
    }
    return Validator.load(path.toString(), bytes, kind, Optional.of(path));
  }

  /** The other App Engine files in the file's directory, as directory search would find them. */
  private static List<Path> neighbours(Path file) {
    Path directory = file.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(directory)) {
      return list.sorted().filter(p -> !p.equals(file) && Files.isRegularFile(p) && Discovery.isAppEngineFile(p)).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static Optional<byte[]> read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(in.readNBytes(Limits.MAX_FILE_BYTES + 1));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
