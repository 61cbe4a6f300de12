package dev.appyaml.rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where apps are on disk: the directory an app is rooted at, and the configuration files below
 * it. The command line answers with its directory discovery and {@code .appyaml.yaml}; tests
 * and callers without a disk use {@link #NONE}.
 */
public interface AppLayout {

  /** An explicitly declared app root for a file (from configuration), if any. */
  Optional<Path> declaredRoot(Path file);

  /**
   * Whether configuration declares any app for this file, listed in it or not; unlike {@link
   * #declaredRoot} it leaves no trace (the run's apps are those its grouped files declare).
   */
  default boolean declaresApps(Path file) {
    return declaredRoot(file).isPresent();
  }

  /** Whether a directory holds a file that roots an app on disk ({@code dispatch.yaml}, {@code cron.yaml}). */
  boolean holdsAppRoot(Path directory);

  /** Whether a directory holds {@code .git}, where the search for an app root stops. */
  default boolean holdsRepository(Path directory) {
    return Files.exists(directory.resolve(".git"));
  }

  /** The configuration files found below a directory, as a directory run would find them. */
  List<Path> filesUnder(Path directory) throws IOException;

  /** No declared roots and nothing read from disk: apps are made of the given files only. */
  AppLayout NONE = new AppLayout() {
    @Override
    public Optional<Path> declaredRoot(Path file) {
      return Optional.empty();
    }

    @Override
    public boolean holdsAppRoot(Path directory) {
      return false;
    }

    @Override
    public List<Path> filesUnder(Path directory) {
      return List.of();
    }
  };
}
