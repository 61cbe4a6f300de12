package dev.appyaml.cli;

import dev.appyaml.config.Glob;
import dev.appyaml.config.IgnoreFile;
import dev.appyaml.rule.Disk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
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

    boolean isEmpty() {
      return include.isEmpty() && exclude.isEmpty();
    }

    /** Whether a glob matches the path relative to the root, or its name; never without globs. */
    boolean matches(List<Glob> globs, String relative) {
      if (globs.isEmpty()) {
        return false;
      }
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
  static List<Path> findForContext(Path root, Disk disk) throws IOException {
    Walk walk = new Walk(root, Filters.NONE, new Budget(CONTEXT_ENTRIES), null, disk);
    Walked walked = new Walked();
    walk.walk(root, walk.children(root, skipped -> {}), new ArrayList<>(), walked);
    return walked.drain(skipped -> {});
  }

  /**
   * The configuration files under {@code root}. A folder, ignore file or entry that cannot be
   * read is skipped and told to {@code skipped} (one line each); the rest of the walk goes on.
   * Only the root itself failing is an exception. Each directory listed whole is kept in {@code
   * disk}, for the rules that look beside the files found.
   */
  static List<Path> find(Path root, Filters filters, Consumer<String> skipped, Disk disk) throws IOException {
    try (Threads threads = new Threads()) {
      Walk walk = new Walk(root, filters, new Budget(Integer.MAX_VALUE), threads, disk);
      Walked walked = new Walked();
      walk.walk(root, walk.children(root, skipped), new ArrayList<>(), walked);
      return walked.drain(skipped);
    }
  }

  /**
   * A big walk's subfolders are walked on one thread per core (it waits on a system call per
   * entry); a small one stays on the caller's thread, without a pool to start.
   */
  private static final class Threads implements AutoCloseable {
    static final int PARALLEL_FROM_ENTRIES = 1_000;
    private final AtomicInteger entries = new AtomicInteger();
    /** Asked once: on Linux each question is a system call and a look at the cgroup limits. */
    final int cores = Runtime.getRuntime().availableProcessors();
    private ForkJoinPool pool;

    /** Counts a folder's entries; true when its subfolders should be walked by the pool. */
    boolean parallel(int folderEntries) {
      return entries.addAndGet(folderEntries) > PARALLEL_FROM_ENTRIES && cores > 1;
    }

    synchronized <T> ForkJoinTask<T> submit(java.util.concurrent.Callable<T> walk) {
      if (pool == null) {
        pool = new ForkJoinPool(cores);
      }
      return pool.submit(walk);
    }

    @Override
    public synchronized void close() {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  /** How many more directory entries a walk may look at; shared by the threads of one walk. */
  private static final class Budget {
    private final AtomicInteger left;

    Budget(int entries) {
      this.left = new AtomicInteger(entries);
    }

    boolean take() {
      return left.getAndDecrement() > 0;
    }
  }

  /**
   * What a walk found and skipped, in walk order: the lines about skipped entries, and the walks
   * of subfolders running on other threads, which are awaited in their place, so that the lines
   * come out in the same order whatever the threads did.
   */
  private static final class Walked {
    private final List<Path> found = new ArrayList<>();
    private final List<Object> skippedAndSubfolders = new ArrayList<>();

    void found(Path file) {
      found.add(file);
    }

    void skipped(String line) {
      skippedAndSubfolders.add(line);
    }

    void subfolder(ForkJoinTask<Walked> walk) {
      skippedAndSubfolders.add(walk);
    }

    /** The files found here and below, sorted; the skipped lines go to {@code skipped}. */
    List<Path> drain(Consumer<String> skipped) {
      List<Path> all = new ArrayList<>();
      drainInto(all, skipped);
      all.sort(null);
      return all;
    }

    private void drainInto(List<Path> all, Consumer<String> skipped) {
      all.addAll(found);
      for (Object part : skippedAndSubfolders) {
        if (part instanceof String line) {
          skipped.accept(line);
        } else {
          @SuppressWarnings("unchecked")
          ForkJoinTask<Walked> walk = (ForkJoinTask<Walked>) part;
          walk.join().drainInto(all, skipped);
        }
      }
    }
  }

  private record Scoped(Path directory, IgnoreFile ignore, boolean uploadOnly) {}

  /** One walk from a root: what it filters, how many entries it may look at, its threads, and where it keeps listings. */
  private record Walk(Path root, Filters filters, Budget budget, Threads threads, Disk disk) {

    /**
     * One directory read and one stat per entry (two for a symbolic link): the entries read
     * here answer every later question about them, in this walk and, kept in {@link #disk}, in
     * the rules. An entry that cannot be stat'ed is skipped. A big directory's entries (the
     * root of a monorepo of services) are stat'ed on the walk's threads, in slices, the caller
     * taking the first; the skipped lines keep the listing's order.
     */
    Map<Path, Disk.Entry> children(Path directory, Consumer<String> skipped) throws IOException {
      List<Path> listed = Disk.children(directory);
      boolean whole = true;
      for (int i = 0; i < listed.size(); i++) {
        if (!budget.take()) {
          listed = listed.subList(0, i);
          whole = false;
          break;
        }
      }
      Object[] entries = new Object[listed.size()]; // an Entry, or the line saying why it was skipped
      List<ForkJoinTask<Void>> slices = new ArrayList<>();
      int slice = threads != null && listed.size() > STAT_SLICE && threads.cores > 1
          ? STAT_SLICE : Math.max(1, listed.size());
      List<Path> all = listed;
      for (int from = slice; from < listed.size(); from += slice) {
        int start = from;
        slices.add(threads.submit(() -> stat(all, start, Math.min(start + slice, all.size()), entries)));
      }
      stat(listed, 0, Math.min(slice, listed.size()), entries);
      slices.forEach(ForkJoinTask::join);
      Map<Path, Disk.Entry> children = new TreeMap<>();
      for (int i = 0; i < entries.length; i++) {
        if (entries[i] instanceof Disk.Entry entry) {
          children.put(listed.get(i), entry);
        } else {
          whole = false;
          skipped.accept((String) entries[i]);
        }
      }
      if (whole) {
        disk.keep(directory, List.copyOf(children.values()));
      }
      return children;
    }

    void walk(Path directory, Map<Path, Disk.Entry> children, List<Scoped> ignores, Walked out) {
      boolean parallel = threads != null && threads.parallel(children.size());
      List<Path> batch = new ArrayList<>(); // subfolders in a row, walked as one task when parallel
      List<Scoped> here = new ArrayList<>(ignores);
      for (String name : List.of(".gitignore", ".gcloudignore")) {
        Path file = directory.resolve(name);
        Disk.Entry entry = children.get(file);
        if (entry != null && entry.kind() == Disk.Kind.FILE) {
          try {
            here.add(new Scoped(directory, IgnoreFile.read(file), name.equals(".gcloudignore")));
          } catch (IOException e) {
            out.skipped(file + ": cannot read, so its patterns were not applied: " + reason(e));
          }
        }
      }
      for (Map.Entry<Path, Disk.Entry> child : children.entrySet()) {
        Path path = child.getKey();
        Disk.Entry entry = child.getValue();
        String name = entry.name();
        boolean isDirectory = entry.kind() == Disk.Kind.DIRECTORY;
        // Relative to the root only for --include/--exclude: most walks have neither.
        String relative = filters.isEmpty() ? null : root.relativize(path).toString().replace('\\', '/');
        if (name.equals(".git") || ignored(here, path, isDirectory, name) || filters.matches(filters.exclude(), relative)) {
          continue;
        }
        if (isDirectory) {
          if (!entry.link()) {
            if (parallel) {
              batch.add(path);
              if (batch.size() == SUBFOLDERS_PER_TASK) {
                submit(batch, here, out);
              }
            } else {
              walkFolder(path, here, out);
            }
          }
        } else if (filters.matches(filters.include(), relative) || isConfig(path, name, entry)) {
          if (entry.kind() == Disk.Kind.FILE) {
            out.found(path);
          } else {
            submit(batch, here, out); // the line stays after the subfolders listed before it
            out.skipped(path + ": skipped: " + (entry.kind() == Disk.Kind.MISSING ? "a broken or looping link" : "not a regular file"));
          }
        }
      }
      submit(batch, here, out);
    }

    /**
     * Walks a batch of subfolders on the pool, in order, as one task: a task per subfolder woke
     * an idle worker and was joined for each of a monorepo's thousands of small services.
     */
    private void submit(List<Path> batch, List<Scoped> ignores, Walked out) {
      if (batch.isEmpty()) {
        return;
      }
      List<Path> folders = List.copyOf(batch);
      batch.clear();
      out.subfolder(threads.submit(() -> {
        Walked below = new Walked();
        folders.forEach(folder -> walkFolder(folder, ignores, below));
        return below;
      }));
    }

    private void walkFolder(Path folder, List<Scoped> ignores, Walked out) {
      try {
        walk(folder, children(folder, out::skipped), ignores, out);
      } catch (IOException e) {
        out.skipped(folder + ": skipped this folder: " + reason(e));
      }
    }
  }

  /** Subfolders per task when a big directory's subfolders are walked on several threads. */
  private static final int SUBFOLDERS_PER_TASK = 16;

  /** Entries per slice when a big directory's entries are stat'ed on several threads. */
  private static final int STAT_SLICE = 1_000;

  private static Void stat(List<Path> listed, int from, int to, Object[] entries) {
    for (int i = from; i < to; i++) {
      Path child = listed.get(i);
      try {
        entries[i] = Disk.Entry.of(child);
      } catch (IOException e) {
        entries[i] = child + ": skipped: " + reason(e);
      }
    }
    return null;
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
    return isYaml(name) && isConfig(file, name, Disk.Entry.of(file));
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** By name, or a regular YAML file with a top-level runtime key; a file that cannot be sniffed is not one. */
  private static boolean isConfig(Path file, String name, Disk.Entry entry) {
    if (BY_NAME.contains(name) || APPHOSTING.matcher(name).matches()) {
      return true;
    }
    if (!isYaml(name) || name.equals(".appyaml.yaml") || entry.kind() != Disk.Kind.FILE || entry.size() > MAX_SNIFF_BYTES) {
      return false;
    }
    try {
      return TOP_LEVEL_RUNTIME.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
