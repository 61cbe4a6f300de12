package dev.appyaml.cli;

import dev.appyaml.config.IgnoreFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds App Engine configuration files under a directory: by name (app.yaml, dispatch.yaml,
 * cron.yaml, queue.yaml, index.yaml, apphosting*.yaml), and other YAML files by content (a
 * top-level {@code runtime:} key). Skips what {@code .gitignore} and {@code .gcloudignore} in the
 * walked directories exclude, and {@code .git}; but a deployment descriptor is never skipped for
 * {@code .gcloudignore}, which only says what gcloud leaves out of the upload.
 */
final class Discovery {

  private static final Set<String> BY_NAME = Set.of("app.yaml", "app.yml", "dispatch.yaml", "cron.yaml",
      "queue.yaml", "index.yaml");
  private static final Pattern APPHOSTING = Pattern.compile("apphosting(\\.[A-Za-z0-9_-]+)?\\.ya?ml");
  private static final Pattern TOP_LEVEL_RUNTIME = Pattern.compile("(?m)^runtime\\s*:");
  private static final long MAX_SNIFF_BYTES = 256 * 1024;

  private Discovery() {}

  /** Globs from --include (also take matching files) and --exclude (skip them), relative to the root. */
  record Filters(List<Pattern> include, List<Pattern> exclude) {
    static final Filters NONE = new Filters(List.of(), List.of());

    static Filters of(List<String> include, List<String> exclude) {
      return new Filters(compile(include), compile(exclude));
    }

    private static List<Pattern> compile(List<String> globs) {
      return globs == null ? List.of() : globs.stream().map(dev.appyaml.config.Glob::toRegex).toList();
    }

    boolean matches(List<Pattern> globs, String relative) {
      String name = relative.substring(relative.lastIndexOf('/') + 1);
      return globs.stream().anyMatch(g -> g.matcher(relative).matches() || g.matcher(name).matches());
    }
  }

  static List<Path> find(Path root) throws IOException {
    return find(root, Filters.NONE);
  }

  static List<Path> find(Path root, Filters filters) throws IOException {
    List<Path> found = new ArrayList<>();
    walk(root, root, new ArrayList<>(), filters, found);
    found.sort(null);
    return found;
  }

  private record Scoped(Path directory, IgnoreFile ignore, boolean uploadOnly) {}

  private static void walk(Path root, Path directory, List<Scoped> ignores, Filters filters, List<Path> found)
      throws IOException {
    // One directory read and one stat per entry (two for a symbolic link): the attributes read
    // here answer every later question about the entry.
    Map<Path, Entry> children = new TreeMap<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(directory)) {
      for (Path child : list) {
        children.put(child, Entry.of(child));
      }
    }
    List<Scoped> here = new ArrayList<>(ignores);
    for (String name : List.of(".gitignore", ".gcloudignore")) {
      Path file = directory.resolve(name);
      Entry entry = children.get(file);
      if (entry != null && entry.attrs().isRegularFile()) {
        here.add(new Scoped(directory, IgnoreFile.read(file), name.equals(".gcloudignore")));
      }
    }
    for (Map.Entry<Path, Entry> entry : children.entrySet()) {
      Path child = entry.getKey();
      BasicFileAttributes attrs = entry.getValue().attrs();
      String name = child.getFileName().toString();
      boolean isDirectory = attrs.isDirectory();
      String relative = root.relativize(child).toString().replace('\\', '/');
      if (name.equals(".git") || ignored(here, child, isDirectory, name) || filters.matches(filters.exclude(), relative)) {
        continue;
      }
      if (isDirectory) {
        if (!entry.getValue().link()) {
          walk(root, child, here, filters, found);
        }
      } else if (filters.matches(filters.include(), relative) || isConfig(child, name, attrs.size())) {
        found.add(child);
      }
    }
  }

  /** A directory entry: its attributes (through a symbolic link, as reading it sees it) and whether it is a link. */
  private record Entry(BasicFileAttributes attrs, boolean link) {
    static Entry of(Path path) throws IOException {
      BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!own.isSymbolicLink()) {
        return new Entry(own, false);
      }
      try {
        return new Entry(Files.readAttributes(path, BasicFileAttributes.class), true);
      } catch (IOException e) {
        return new Entry(own, true); // a broken link
      }
    }
  }

  private static boolean ignored(List<Scoped> ignores, Path path, boolean directory, String name) throws IOException {
    for (Scoped scoped : ignores) {
      String relative = scoped.directory().relativize(path).toString().replace('\\', '/');
      if (scoped.ignore().ignores(relative, directory)
          && !(scoped.uploadOnly() && !directory && isConfig(path, name) && !APPHOSTING.matcher(name).matches())) {
        return true;
      }
    }
    return false;
  }

  /** Whether directory search would check this file; unreadable content counts as no. */
  static boolean isAppEngineFile(Path file) {
    Path name = file.getFileName();
    try {
      return name != null && isConfig(file, name.toString());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isConfig(Path file, String name) throws IOException {
    return isConfig(file, name, BY_NAME.contains(name) || !isYaml(name) ? 0 : Files.size(file));
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isConfig(Path file, String name, long size) throws IOException {
    if (BY_NAME.contains(name) || APPHOSTING.matcher(name).matches()) {
      return true;
    }
    if (!isYaml(name) || name.equals(".appyaml.yaml") || size > MAX_SNIFF_BYTES) {
      return false;
    }
    return TOP_LEVEL_RUNTIME.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
  }
}
