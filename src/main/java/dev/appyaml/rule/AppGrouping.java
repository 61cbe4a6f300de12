package dev.appyaml.rule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups a run's files into {@link App}s for the cross-file rules. A file belongs to the app
 * rooted at the nearest directory, its own or above (up to the top of its git repository), that
 * holds a {@code dispatch.yaml} or {@code cron.yaml}, given or on disk, unless its configuration
 * declares the root. For each app the service, dispatch and cron files below its root that were
 * not given are read from disk as context; those below a nested app root belong to that app.
 */
public final class AppGrouping {

  /** Beyond this many context files an app is not read further: it bounds the work of one run. */
  static final int MAX_CONTEXT_FILES = 500;

  private final AppLayout layout;
  private final Function<Path, Optional<CheckedFile>> reader;
  private final Map<Path, Optional<Path>> rootOfDirectory = new HashMap<>();
  private Set<Path> givenRootDirectories = Set.of();

  public AppGrouping(AppLayout layout, Function<Path, Optional<CheckedFile>> reader) {
    this.layout = layout;
    this.reader = reader;
  }

  public List<App> group(List<CheckedFile> files) {
    givenRootDirectories = rootDirectories(files.stream().filter(f -> f.path().isPresent())
        .map(f -> Map.entry(f.path().get(), f.kind())).toList());
    rootOfDirectory.clear();
    Map<Path, List<CheckedFile>> byRoot = new LinkedHashMap<>();
    Map<Path, List<CheckedFile>> byDirectory = new LinkedHashMap<>();
    List<CheckedFile> unplaced = new ArrayList<>();
    for (CheckedFile file : files) {
      if (file.path().isEmpty()) {
        unplaced.add(file);
        continue;
      }
      Path path = absolute(file.path().get());
      Optional<Path> root = rootOf(path);
      if (root.isPresent()) {
        byRoot.computeIfAbsent(root.get(), k -> new ArrayList<>()).add(file);
      } else {
        byDirectory.computeIfAbsent(path.getParent(), k -> new ArrayList<>()).add(file);
      }
    }
    List<App> apps = new ArrayList<>();
    byRoot.forEach((root, given) -> apps.add(new App(Optional.of(root), given, context(root, given))));
    byDirectory.forEach((directory, given) -> apps.add(new App(Optional.empty(), given, List.of())));
    if (!unplaced.isEmpty()) {
      apps.add(new App(Optional.empty(), unplaced, List.of()));
    }
    return apps;
  }

  /**
   * The root of the app a file in this (absolute, normalized) directory belongs to when its
   * configuration declares no app, in a run whose dispatch and cron files are in {@code
   * givenRootDirectories} ({@link #rootDirectories}): as {@link #group} will place it, but known
   * from the file's path before any file is read.
   */
  Optional<Path> undeclaredRoot(Path absoluteDirectory, Set<Path> givenRootDirectories) {
    this.givenRootDirectories = givenRootDirectories;
    return rootOfDirectory(absoluteDirectory);
  }

  /** The directories holding the run's dispatch and cron files, which root apps. */
  static Set<Path> rootDirectories(List<Map.Entry<Path, FileKind>> files) {
    return files.stream().filter(f -> rootsApp(f.getValue())).map(f -> absolute(f.getKey()).getParent())
        .filter(p -> p != null).collect(Collectors.toSet());
  }

  /** The root of the app a file on disk belongs to, if it belongs to one. */
  Optional<Path> rootOf(Path file) {
    Optional<Path> declared = layout.declaredRoot(file);
    if (declared.isPresent()) {
      return declared.map(AppGrouping::absolute);
    }
    Path directory = file.getParent();
    return directory == null ? Optional.empty() : rootOfDirectory(directory);
  }

  private Optional<Path> rootOfDirectory(Path directory) {
    Optional<Path> cached = rootOfDirectory.get(directory);
    if (cached != null) {
      return cached;
    }
    Optional<Path> root;
    if (givenRootDirectories.contains(directory) || layout.holdsAppRoot(directory)) {
      root = Optional.of(directory);
    } else if (layout.holdsRepository(directory) || directory.getParent() == null) {
      root = Optional.empty();
    } else {
      root = rootOfDirectory(directory.getParent());
    }
    rootOfDirectory.put(directory, root);
    return root;
  }

  private List<CheckedFile> context(Path root, List<CheckedFile> given) {
    Set<Path> givenPaths = given.stream().flatMap(f -> f.path().stream()).map(AppGrouping::absolute)
        .collect(Collectors.toSet());
    List<Path> candidates;
    try {
      candidates = layout.filesUnder(root);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<CheckedFile> context = new ArrayList<>();
    for (Path candidate : candidates) {
      Path path = absolute(candidate);
      Path name = path.getFileName();
      FileKind kind = FileKind.fromFileName(name == null ? "" : name.toString());
      if (givenPaths.contains(path) || !(kind == FileKind.APP || rootsApp(kind))
          || !rootOf(path).equals(Optional.of(root))) {
        continue;
      }
      if (context.size() >= MAX_CONTEXT_FILES) {
        break;
      }
      reader.apply(candidate).ifPresent(context::add);
    }
    return context;
  }

  private static boolean rootsApp(FileKind kind) {
    return kind == FileKind.DISPATCH || kind == FileKind.CRON;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
