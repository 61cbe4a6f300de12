package dev.appyaml.cli;

import dev.appyaml.config.Glob;
import dev.appyaml.config.IgnoreFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds App Engine configuration files under a directory: by name (app.yaml, dispatch.yaml,
 * cron.yaml, queue.yaml, index.yaml, apphosting*.yaml), and other YAML files by content (a
 * top-level {@code runtime:} key). Skips what {@code .gitignore} and {@code .gcloudignore} in the
 * walked directories exclude, and {@code .git}.
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

  static List<Path> find(Path root) throws IOException {
    return find(root, Filters.NONE, skipped -> {});
  }

  /**
   * The configuration files under {@code root}. A folder, ignore file or entry that cannot be
   * read is skipped and told to {@code skipped} (one line each); the rest of the walk goes on.
   * Only the root itself failing is an exception.
   */
  static List<Path> find(Path root, Filters filters, Consumer<String> skipped) throws IOException {
    List<Path> found = new ArrayList<>();
    List<Path> rootChildren = children(root);
    walk(root, root, rootChildren, new ArrayList<>(), filters, found, skipped);
    found.sort(null);
    return found;
  }

  private record Scoped(Path directory, IgnoreFile ignore) {}

  private static List<Path> children(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void walk(Path root, Path directory, List<Path> children, List<Scoped> ignores, Filters filters,
      List<Path> found, Consumer<String> skipped) {
    List<Scoped> here = new ArrayList<>(ignores);
    for (String name : List.of(".gitignore", ".gcloudignore")) {
      Path file = directory.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          here.add(new Scoped(directory, IgnoreFile.read(file)));
        } catch (IOException e) {
          skipped.accept(file + ": cannot read, so its patterns were not applied: " + reason(e));
        }
      }
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      boolean isDirectory = Files.isDirectory(child);
      String relative = root.relativize(child).toString().replace('\\', '/');
      if (name.equals(".git") || ignored(here, child, isDirectory) || filters.matches(filters.exclude(), relative)) {
        continue;
      }
      if (isDirectory) {
        if (!Files.isSymbolicLink(child)) {
          try {
            walk(root, child, children(child), here, filters, found, skipped);
          } catch (IOException e) {
            skipped.accept(child + ": skipped this folder: " + reason(e));
          }
        }
      } else if (filters.matches(filters.include(), relative) || isConfig(child, name)) {
        if (Files.isRegularFile(child)) {
          found.add(child);
        } else {
          skipped.accept(child + ": skipped: " + (Files.exists(child) ? "not a regular file" : "a broken or looping link"));
        }
      }
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.charset.CharacterCodingException ? "not text"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean ignored(List<Scoped> ignores, Path path, boolean directory) {
    for (Scoped scoped : ignores) {
      String relative = scoped.directory().relativize(path).toString().replace('\\', '/');
      if (scoped.ignore().ignores(relative, directory)) {
        return true;
      }
    }
    return false;
  }

  /** By name, or a YAML file with a top-level runtime key; a file that cannot be sniffed is not one. */
  private static boolean isConfig(Path file, String name) {
    if (BY_NAME.contains(name) || APPHOSTING.matcher(name).matches()) {
      return true;
    }
    if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || name.equals(".appyaml.yaml") || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      if (Files.size(file) > MAX_SNIFF_BYTES) {
        return false;
      }
      return TOP_LEVEL_RUNTIME.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
