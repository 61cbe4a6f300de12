package dev.appyaml.config;

import dev.appyaml.rule.Disk;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the {@code .appyaml.yaml} that governs a file: the nearest one in it or an ancestor directory. */
public final class ConfigResolver {

  private final Map<Path, Config> byDirectory = new HashMap<>();
  private final Disk disk;

  /** Looks for configuration files through {@code disk}, which may know a directory's listing already. */
  public ConfigResolver(Disk disk) {
    this.disk = disk;
  }

  public ConfigResolver() {
    this(Disk.direct());
  }

  public Config forFile(Path file) throws ConfigException {
    Path directory = file.toAbsolutePath().normalize().getParent();
    return forDirectory(directory == null ? Path.of("").toAbsolutePath() : directory);
  }

  public Config forDirectory(Path directory) throws ConfigException {
    Config cached = byDirectory.get(directory);
    if (cached != null) {
      return cached;
    }
    Path candidate = directory.resolve(ConfigLoader.FILE_NAME);
    Config config;
    if (disk.isRegularFile(candidate)) {
      config = ConfigLoader.load(relativeIfPossible(candidate));
    } else {
      Path parent = directory.getParent();
      config = parent == null ? Config.NONE : forDirectory(parent);
    }
    byDirectory.put(directory, config);
    return config;
  }

  /** Whether a file is ignored entirely by its configuration, and which rules it skips otherwise. */
  public static Optional<java.util.Set<String>> skippedRules(Config config, Path file) {
    if (config.ignores().isEmpty()) {
      return Optional.of(java.util.Set.of());
    }
    String relative = config.baseDirectory().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    java.util.Set<String> skipped = new java.util.TreeSet<>();
    for (Config.Ignore ignore : config.ignores()) {
      String glob = ignore.glob().startsWith("/") ? ignore.glob().substring(1) : ignore.glob();
      Glob exact = Glob.compile(glob);
      boolean matches = exact.matches(relative)
          || !glob.contains("/") && exact.matches(file.getFileName().toString())
          || Glob.compile(glob.endsWith("/") ? glob + "**" : glob + "/**").matches(relative);
      if (matches) {
        if (ignore.rules().isEmpty()) {
          return Optional.empty();
        }
        skipped.addAll(ignore.rules());
      }
    }
    return Optional.of(skipped);
  }

  private static Path relativeIfPossible(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    return path.startsWith(cwd) ? cwd.relativize(path) : path;
  }
}
