package dev.appyaml.cli;

import dev.appyaml.config.Config;
import dev.appyaml.config.Glob;
import dev.appyaml.rule.AppLayout;
import dev.appyaml.rule.Disk;
import dev.appyaml.text.Order;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Apps as they lie on disk: a directory holding {@code dispatch.yaml} or {@code cron.yaml} roots
 * one, unless a {@code .appyaml.yaml} declares the apps ({@code apps:}: roots, and service files
 * listed by glob that belong to an app wherever they are); the files below a root are those a
 * directory run would find there.
 */
final class DiskAppLayout implements AppLayout {

  private static final List<String> ROOT_FILES = List.of("dispatch.yaml", "dispatch.yml", "cron.yaml", "cron.yml");

  private final Function<Path, List<Config.App>> declared;
  private final Disk disk;
  private final Map<Path, List<Path>> found = new HashMap<>();
  private final Set<Config.App> seen = new LinkedHashSet<>();

  /** {@code declared} gives, for a file, the apps its configuration declares; {@code disk} what is on disk. */
  DiskAppLayout(Function<Path, List<Config.App>> declared, Disk disk) {
    this.declared = declared;
    this.disk = disk;
  }

  @Override
  public Optional<Path> declaredRoot(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Config.App> apps = declared.apply(absolute);
    seen.addAll(apps);
    for (Config.App app : apps) {
      if (listed(app, absolute)) {
        return Optional.of(app.root());
      }
    }
    return apps.stream().map(Config.App::root).filter(absolute::startsWith)
        .max(Order.byInt(Path::getNameCount));
  }

  @Override
  public boolean declaresApps(Path file) {
    return !declared.apply(file.toAbsolutePath().normalize()).isEmpty();
  }

  @Override
  public boolean holdsAppRoot(Path directory) {
    return ROOT_FILES.stream().anyMatch(name -> disk.isRegularFile(directory.resolve(name)));
  }

  @Override
  public boolean holdsRepository(Path directory) {
    return disk.exists(directory.resolve(".git"));
  }

  @Override
  public List<Path> filesUnder(Path directory) throws IOException {
    List<Path> files = new ArrayList<>(find(directory));
    for (Config.App app : seen) {
      if (app.root().equals(directory) && !app.services().isEmpty()) {
        for (Path candidate : find(app.base())) {
          if (listed(app, candidate.toAbsolutePath().normalize()) && !files.contains(candidate)) {
            files.add(candidate);
          }
        }
      }
    }
    return files;
  }

  private List<Path> find(Path directory) throws IOException {
    List<Path> cached = found.get(directory);
    if (cached == null) {
      cached = Discovery.findForContext(directory, disk);
      found.put(directory, cached);
    }
    return cached;
  }

  private static boolean listed(Config.App app, Path absolute) {
    if (!absolute.startsWith(app.base())) {
      return false;
    }
    String relative = app.base().relativize(absolute).toString().replace('\\', '/');
    return app.services().stream().anyMatch(glob -> Glob.compile(glob).matches(relative));
  }
}
