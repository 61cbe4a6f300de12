package dev.appyaml.rule;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The disk as one run sees it. Directory discovery keeps every directory it lists whole, and the
 * rules that ask what lies beside an {@code app.yaml} (a {@code static_dir}, the files gcloud
 * would upload, a {@code dispatch.yaml} that roots an app) read those listings instead of the
 * disk: a repository of many services was otherwise listed twice. What no listing holds is read
 * from the disk, and a directory listed then is kept too. At most {@link #MAX_ENTRIES} entries are
 * kept in all, so memory stays bounded on any tree. Safe to use from many threads.
 */
public final class Disk {

  /** What an entry is as reading it sees it: through a symbolic link; {@code MISSING} for a broken or looping link. */
  public enum Kind { FILE, DIRECTORY, OTHER, MISSING }

  /** One directory entry: its name, its kind, whether it is a symbolic link, and its size in bytes. */
  public record Entry(String name, Kind kind, boolean link, long size) {

    /** One stat of the entry, two for a symbolic link. */
    public static Entry of(Path path) throws IOException {
      String name = path.getFileName().toString();
      BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!own.isSymbolicLink()) {
        return new Entry(name, kind(own), false, own.size());
      }
      try {
        BasicFileAttributes target = Files.readAttributes(path, BasicFileAttributes.class);
        return new Entry(name, kind(target), true, target.size());
      } catch (IOException e) {
        return new Entry(name, Kind.MISSING, true, 0);
      }
    }

    private static Kind kind(BasicFileAttributes attrs) {
      return attrs.isRegularFile() ? Kind.FILE : attrs.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
    }
  }

  /** Entries kept in all; a tree bigger than this is read from the disk where the listings stop. */
  static final int MAX_ENTRIES = 200_000;

  private static final Comparator<Entry> BY_NAME = (a, b) -> a.name().compareTo(b.name());

  private final Map<Path, List<Entry>> listings = new ConcurrentHashMap<>();
  private final AtomicInteger kept = new AtomicInteger();
  private final int capacity;

  private Disk(int capacity) {
    this.capacity = capacity;
  }

  /** A disk for one run, keeping the listings it is given or reads. */
  public static Disk forRun() {
    return new Disk(MAX_ENTRIES);
  }

  /** The disk itself, every question asked anew: for a process that lives on while files change. */
  public static Disk direct() {
    return new Disk(0);
  }

  /** Keeps the whole listing of {@code directory}: every entry in it, in any order. */
  public void keep(Path directory, List<Entry> entries) {
    if (kept.addAndGet(entries.size()) > capacity) {
      kept.addAndGet(-entries.size());
      return;
    }
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(BY_NAME);
    List<Entry> listing = List.copyOf(sorted);
    Path absolute = directory.toAbsolutePath();
    listings.put(absolute, listing);
    Path normal = withoutDots(absolute);
    if (normal != absolute) {
      listings.put(normal, listing);
    }
  }

  /** The entries of a directory, sorted by name; one that cannot be stat'ed is left out. */
  public List<Entry> list(Path directory) throws IOException {
    List<Entry> known = listings.get(directory.toAbsolutePath());
    if (known != null) {
      return known;
    }
    List<Entry> entries = new ArrayList<>();
    boolean whole = true;
    for (Path child : children(directory)) {
      try {
        entries.add(Entry.of(child));
      } catch (IOException e) {
        whole = false;
      }
    }
    if (whole) {
      keep(directory, entries);
    }
    entries.sort(BY_NAME);
    return entries;
  }

  /**
   * The paths in a directory, in the order the file system gives them. {@link java.io.File#list}
   * reads a directory with five system calls where {@link Files#newDirectoryStream} takes nine (it
   * duplicates the descriptor for a secure stream), which is a tenth of a walk of many small
   * service directories; the stream still reads a directory whose names do not decode in this
   * locale (their bytes are kept as they are) and says why one cannot be read.
   */
  public static List<Path> children(Path directory) throws IOException {
    String[] names = directory.getFileSystem() == java.nio.file.FileSystems.getDefault()
        ? directory.toFile().list() : null;
    List<Path> children = new ArrayList<>(names == null ? 16 : names.length);
    if (names != null && decoded(names)) {
      for (String name : names) {
        children.add(directory.resolve(name));
      }
      return children;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(children::add);
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return children;
  }

  /** Whether every name decoded from its bytes, with no replacement character standing for bytes this locale cannot read. */
  private static boolean decoded(String[] names) {
    for (String name : names) {
      if (name.indexOf('\uFFFD') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@link Files#isRegularFile}, from a listing when the run has one. */
  public boolean isRegularFile(Path path) {
    Kind kind = kind(path);
    return kind != null ? kind == Kind.FILE : Files.isRegularFile(path);
  }

  /** {@link Files#isDirectory}, from a listing when the run has one. */
  public boolean isDirectory(Path path) {
    Kind kind = kind(path);
    return kind != null ? kind == Kind.DIRECTORY : Files.isDirectory(path);
  }

  /** {@link Files#exists}, from a listing when the run has one. */
  public boolean exists(Path path) {
    Kind kind = kind(path);
    return kind != null ? kind != Kind.MISSING : Files.exists(path);
  }

  /** The kind a kept listing gives {@code path} ({@code MISSING} when it has no such entry), or null when none is kept. */
  private Kind kind(Path path) {
    if (listings.isEmpty()) {
      return null;
    }
    Path fileName = path.getFileName();
    String name = fileName == null ? "." : fileName.toString();
    if (name.equals(".") || name.equals("..")) {
      return null;
    }
    Path parent = path.getParent();
    List<Entry> listing = listings.get((parent == null ? Path.of("") : parent).toAbsolutePath());
    if (listing == null) {
      return null;
    }
    int low = 0;
    int high = listing.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Entry entry = listing.get(middle);
      int order = entry.name().compareTo(name);
      if (order == 0) {
        return entry.kind();
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Kind.MISSING;
  }

  /**
   * A listing is kept under its absolute path as found, which the paths of the files found in it
   * extend, and under the same without {@code .} names, as the run's normalized look-ups ask for
   * it (a walk of {@code .}); a {@code ..} is left as it is, since through a symbolic link it need
   * not undo the name before it.
   */
  private static Path withoutDots(Path absolute) {
    String text = absolute.toString();
    if (text.indexOf("/.") < 0 && text.indexOf("\\.") < 0) {
      return absolute;
    }
    boolean dots = false;
    for (Path name : absolute) {
      String element = name.toString();
      if (element.equals("..")) {
        return absolute;
      }
      dots |= element.equals(".");
    }
    return dots ? absolute.normalize() : absolute;
  }
}
