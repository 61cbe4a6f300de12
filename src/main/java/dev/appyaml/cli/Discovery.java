package dev.appyaml.cli;

import dev.appyaml.config.Glob;
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
import java.util.function.Consumer;
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
  record Filters(List<Glob> include, List<Glob> exclude) {
    static final Filters NONE = new Filters(List.of(), List.of());

    static Filters of(List<String> include, List<String> exclude) {
      return new Filters(compile(include), compile(exclude));
    }

    private static List<Glob> compile(List<String> globs) {
      return globs == null ? List.of() : globs.stream().map(Glob::compile).toList();
    }

    boolean matches(List<Glob> globs, String relative) {
      String name = relative.substring(relative.lastIndexOf('/') + 1);
      return globs.stream().anyMatch(g -> g.matches(relative) || g.matches(name));
    }
  }

  /**
   * Directory entries a search for context may look at: an app's other service files are read
   * only to judge the files given, so a root above a huge tree (a home or temp folder) must not
   * cost more than a moment. A user's own {@code validate DIR} has no such bound.
   */
  static final int CONTEXT_ENTRIES = 5_000;

  /** The configuration files under {@code root}, for context: at most {@link #CONTEXT_ENTRIES} entries are looked at. */
  static List<Path> findForContext(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Budget budget = new Budget(CONTEXT_ENTRIES);
    walk(root, root, children(root, skipped -> {}, budget), new ArrayList<>(), Filters.NONE, found, skipped -> {}, budget);
    found.sort(null);
    return found;
  }

  /**
   * The configuration files under {@code root}. A folder, ignore file or entry that cannot be
   * read is skipped and told to {@code skipped} (one line each); the rest of the walk goes on.
   * Only the root itself failing is an exception.
   */
  static List<Path> find(Path root, Filters filters, Consumer<String> skipped) throws IOException {
    List<Path> found = new ArrayList<>();
    Budget budget = new Budget(Integer.MAX_VALUE);
    walk(root, root, children(root, skipped, budget), new ArrayList<>(), filters, found, skipped, budget);
    found.sort(null);
    return found;
  }

  /** How many more directory entries a walk may look at. */
  private static final class Budget {
    private int left;

    Budget(int entries) {
      this.left = entries;
    }

    boolean take() {
      return left-- > 0;
    }
  }

  private record Scoped(Path directory, IgnoreFile ignore, boolean uploadOnly) {}

  /**
   * One directory read and one stat per entry (two for a symbolic link): the attributes read
   * here answer every later question about the entry. An entry that cannot be stat'ed is skipped.
   */
  private static Map<Path, Entry> children(Path directory, Consumer<String> skipped, Budget budget) throws IOException {
    Map<Path, Entry> children = new TreeMap<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(directory)) {
      for (Path child : list) {
        if (!budget.take()) {
          break;
        }
        try {
          children.put(child, Entry.of(child));
        } catch (IOException e) {
          skipped.accept(child + ": skipped: " + reason(e));
        }
      }
    } catch (java.nio.file.DirectoryIteratorException e) {
      throw e.getCause();
    }
    return children;
  }

  private static void walk(Path root, Path directory, Map<Path, Entry> children, List<Scoped> ignores, Filters filters,
      List<Path> found, Consumer<String> skipped, Budget budget) {
    List<Scoped> here = new ArrayList<>(ignores);
    for (String name : List.of(".gitignore", ".gcloudignore")) {
      Path file = directory.resolve(name);
      Entry entry = children.get(file);
      if (entry != null && entry.attrs().isRegularFile()) {
        try {
          here.add(new Scoped(directory, IgnoreFile.read(file), name.equals(".gcloudignore")));
        } catch (IOException e) {
          skipped.accept(file + ": cannot read, so its patterns were not applied: " + reason(e));
        }
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
          try {
            walk(root, child, children(child, skipped, budget), here, filters, found, skipped, budget);
          } catch (IOException e) {
            skipped.accept(child + ": skipped this folder: " + reason(e));
          }
        }
      } else if (filters.matches(filters.include(), relative) || isConfig(child, name, attrs)) {
        if (attrs.isRegularFile()) {
          found.add(child);
        } else {
          skipped.accept(child + ": skipped: " + (attrs.isSymbolicLink() ? "a broken or looping link" : "not a regular file"));
        }
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

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.charset.CharacterCodingException ? "not text"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean ignored(List<Scoped> ignores, Path path, boolean directory, String name) {
    for (Scoped scoped : ignores) {
      String relative = scoped.directory().relativize(path).toString().replace('\\', '/');
      if (scoped.ignore().ignores(relative, directory)
          && !(scoped.uploadOnly() && !directory && isAppEngineFile(path) && !APPHOSTING.matcher(name).matches())) {
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
    if (BY_NAME.contains(name) || APPHOSTING.matcher(name).matches()) {
      return true;
    }
    return isYaml(name) && isConfig(file, name, Files.readAttributes(file, BasicFileAttributes.class));
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** By name, or a regular YAML file with a top-level runtime key; a file that cannot be sniffed is not one. */
  private static boolean isConfig(Path file, String name, BasicFileAttributes attrs) {
    if (BY_NAME.contains(name) || APPHOSTING.matcher(name).matches()) {
      return true;
    }
    if (!isYaml(name) || name.equals(".appyaml.yaml") || !attrs.isRegularFile() || attrs.size() > MAX_SNIFF_BYTES) {
      return false;
    }
    try {
      return TOP_LEVEL_RUNTIME.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
