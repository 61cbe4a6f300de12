package dev.appyaml.cli;

import dev.appyaml.rule.AppLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Apps as they lie on disk: a directory holding {@code dispatch.yaml} or {@code cron.yaml} roots
 * one, unless a {@code .appyaml.yaml} declares the root ({@code apps:}); the files below a root
 * are those a directory run would find there.
 */
final class DiskAppLayout implements AppLayout {

  private static final List<String> ROOT_FILES = List.of("dispatch.yaml", "dispatch.yml", "cron.yaml", "cron.yml");

  private final Function<Path, List<Path>> declaredRoots;
  private final Map<Path, List<Path>> found = new HashMap<>();

  /** {@code declaredRoots} gives, for a file, the app roots its configuration declares. */
  DiskAppLayout(Function<Path, List<Path>> declaredRoots) {
    this.declaredRoots = declaredRoots;
  }

  @Override
  public Optional<Path> declaredRoot(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return declaredRoots.apply(absolute).stream().map(p -> p.toAbsolutePath().normalize())
        .filter(absolute::startsWith).max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()));
  }

  @Override
  public boolean holdsAppRoot(Path directory) {
    return ROOT_FILES.stream().anyMatch(name -> Files.isRegularFile(directory.resolve(name)));
  }

  @Override
  public List<Path> filesUnder(Path directory) throws IOException {
    List<Path> cached = found.get(directory);
    if (cached == null) {
      cached = Discovery.find(directory);
      found.put(directory, cached);
    }
    return cached;
  }
}
