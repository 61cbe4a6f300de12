package dev.appyaml.rule;

import dev.appyaml.model.AppYaml;
import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a {@link CrossFileRule} sees of one {@link App} of a run: the files given (those that
 * loaded and are judged as their kind), the app's other files read from disk, neighbours read on
 * request, and where it reports. Findings go only to files of the run; a file read from disk is
 * context, never judged.
 */
public final class RunContext {

  private final List<CheckedFile> files;
  private final List<CheckedFile> context;
  private final ValidationOptions options;
  private final Function<Path, Optional<CheckedFile>> reader;
  private final List<Diagnostic> sink;
  private RuleInfo current;
  private final Map<FileKind, List<CheckedFile>> byKind = new EnumMap<>(FileKind.class);
  private final Map<FileKind, List<CheckedFile>> appByKind = new EnumMap<>(FileKind.class);
  private final Map<CheckedFile, AppYaml> apps = new IdentityHashMap<>();
  private Map<Path, CheckedFile> byPath;
  private Set<CheckedFile> given;

  RunContext(List<CheckedFile> files, List<CheckedFile> context, ValidationOptions options,
      Function<Path, Optional<CheckedFile>> reader, List<Diagnostic> sink) {
    this.files = List.copyOf(files);
    this.context = List.copyOf(context);
    this.options = options;
    this.reader = reader;
    this.sink = sink;
  }

  void runAs(RuleInfo info) {
    this.current = info;
  }

  public ValidationOptions options() {
    return options;
  }

  /** The run's files of one kind that have a root mapping, in the order given. */
  public List<CheckedFile> files(FileKind kind) {
    return byKind.computeIfAbsent(kind,
        k -> files.stream().filter(f -> f.kind() == k).filter(f -> root(f).isPresent()).toList());
  }

  /**
   * The app's files of one kind that have a root mapping: the given ones, then those read from
   * disk as context. For what a rule knows of the app; report only into {@link #files}.
   */
  public List<CheckedFile> appFiles(FileKind kind) {
    return appByKind.computeIfAbsent(kind, k -> {
      List<CheckedFile> all = new ArrayList<>(files(k));
      context.stream().filter(f -> f.kind() == k).filter(f -> root(f).isPresent()).forEach(all::add);
      return List.copyOf(all);
    });
  }

  /** A file of {@link #files(FileKind)} or {@link #appFiles(FileKind)} bound as an {@code app.yaml}, bound once per run however many rules ask. */
  public AppYaml app(CheckedFile file) {
    return apps.computeIfAbsent(file, f -> AppYaml.bind(root(f).orElseThrow()));
  }

  /** The root mapping of a file, if it has one. */
  public static Optional<MappingNode> root(CheckedFile file) {
    return file.document().root().filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  /**
   * The file called {@code name} in the same directory as {@code file}: one of the run's files
   * when it was given, else read from disk. Empty for standard input and for files that do not
   * exist or cannot be read.
   */
  public Optional<CheckedFile> sibling(CheckedFile file, String name) {
    Optional<Path> wanted = file.path().map(p -> p.toAbsolutePath().normalize().resolveSibling(name));
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    if (byPath == null) {
      byPath = new HashMap<>();
      for (CheckedFile f : files) {
        f.path().ifPresent(p -> byPath.putIfAbsent(p.toAbsolutePath().normalize(), f));
      }
      for (CheckedFile f : context) {
        f.path().ifPresent(p -> byPath.putIfAbsent(p.toAbsolutePath().normalize(), f));
      }
    }
    CheckedFile given = byPath.get(wanted.get());
    if (given != null) {
      return Optional.of(given);
    }
    Path relative = file.path().get().resolveSibling(name);
    return reader.apply(relative);
  }

  /**
   * The other files in the same directory as {@code file} whose names pass {@code names}, in name
   * order: the run's files where given, else read from disk. Empty for standard input.
   */
  public List<CheckedFile> siblings(CheckedFile file, Predicate<String> names) {
    if (file.path().isEmpty()) {
      return List.of();
    }
    Path self = file.path().get().toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(self.getParent())) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (!p.equals(self) && names.test(name)) {
          found.add(name);
        }
      }
    } catch (IOException | SecurityException e) {
      return List.of();
    }
    return found.stream().sorted().map(name -> sibling(file, name)).flatMap(Optional::stream).toList();
  }

  /** Whether the file is one of the run's files, rather than a neighbour read for context. */
  public boolean isGiven(CheckedFile file) {
    if (given == null) {
      given = Collections.newSetFromMap(new IdentityHashMap<>());
      given.addAll(files);
    }
    return given.contains(file);
  }

  public void report(CheckedFile file, Range range, String message, Optional<Fix> fix) {
    report(current.severity(), file, range, message, fix);
  }

  /** Reports into one of the run's files; reporting into a neighbour read from disk is a bug. */
  public void report(Severity severity, CheckedFile file, Range range, String message, Optional<Fix> fix) {
    if (!isGiven(file)) {
      throw new IllegalArgumentException(file.source().displayPath() + " is not one of the files checked");
    }
    sink.add(new Diagnostic(file.source().displayPath(), range, current.id(), severity, message, fix));
  }
}
