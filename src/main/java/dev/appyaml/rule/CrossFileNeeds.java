package dev.appyaml.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a run's files the cross-file pass reads, told from their paths and kinds before any is
 * read, so that the tree of every other file is let go as soon as its own rules have judged it.
 * A file takes part with the kinds the selected cross-file rules read ({@link CrossFileRule#reads})
 * given the kinds of the files it will be grouped with: the whole run's for a file in an app root
 * (a dispatch or cron file beside or above it, or an app its configuration declares), only its own
 * directory's otherwise ({@link AppGrouping}: such files form an app of their directory alone).
 * When in doubt a file is kept: keeping one too many costs memory, never a finding.
 */
public final class CrossFileNeeds {

  /** A file of the run: where it is (absent for standard input) and its kind. */
  public record File(Optional<Path> path, FileKind kind) {}

  private CrossFileNeeds() {}

  /** For each file, in order, whether the cross-file pass reads it. */
  public static boolean[] of(List<File> files, List<Rule> rules, AppLayout layout) {
    Set<FileKind> present = EnumSet.noneOf(FileKind.class);
    files.forEach(f -> present.add(f.kind()));
    Set<FileKind> readInRun = reads(rules, present);
    boolean[] needed = new boolean[files.size()];
    if (readInRun.isEmpty()) {
      return needed;
    }
    List<Map.Entry<Path, FileKind>> located = new ArrayList<>();
    files.forEach(f -> f.path().ifPresent(p -> located.add(Map.entry(p, f.kind()))));
    Set<Path> givenRoots = AppGrouping.rootDirectories(located);
    AppGrouping grouping = new AppGrouping(layout, p -> Optional.empty());
    Map<Path, Boolean> inRoot = new HashMap<>();
    Map<Path, Set<FileKind>> alone = new HashMap<>();
    Path[] directoryAlone = new Path[files.size()];
    for (int i = 0; i < files.size(); i++) {
      File file = files.get(i);
      if (!readInRun.contains(file.kind())) {
        continue;
      }
      Path path = file.path().orElse(null);
      Path directory = path == null ? null : path.toAbsolutePath().normalize().getParent();
      if (directory == null || layout.declaresApps(path)
          || inRoot.computeIfAbsent(directory, d -> grouping.undeclaredRoot(d, givenRoots).isPresent())) {
        needed[i] = true;
      } else {
        directoryAlone[i] = directory;
        alone.computeIfAbsent(directory, d -> EnumSet.noneOf(FileKind.class)).add(file.kind());
      }
    }
    Map<Set<FileKind>, Set<FileKind>> readWith = new HashMap<>(); // few distinct sets of kinds
    for (int i = 0; i < files.size(); i++) {
      if (directoryAlone[i] != null) {
        needed[i] = readWith.computeIfAbsent(alone.get(directoryAlone[i]), kinds -> reads(rules, kinds))
            .contains(files.get(i).kind());
      }
    }
    return needed;
  }

  private static Set<FileKind> reads(List<Rule> rules, Set<FileKind> present) {
    Set<FileKind> read = EnumSet.noneOf(FileKind.class);
    for (Rule rule : rules) {
      if (rule instanceof CrossFileRule crossFile) {
        read.addAll(crossFile.reads(present));
      }
    }
    return read;
  }
}
