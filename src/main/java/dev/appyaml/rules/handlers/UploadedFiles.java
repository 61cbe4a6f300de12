package dev.appyaml.rules.handlers;

import dev.appyaml.config.IgnoreFile;
import dev.appyaml.regex.PatternScan;
import dev.appyaml.rule.Disk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files beside an {@code app.yaml} that gcloud would upload, for the {@code upload} patterns
 * of its handlers: what {@code .gcloudignore} excludes is not uploaded and is not walked, nor is
 * {@code .git}, nor a directory that no pattern can reach (a pattern's literal start,
 * {@code static/} in {@code static/(.*)\.png}, rules out {@code node_modules/}). The listings
 * come from the run's {@link Disk}: a directory the run's walk already listed is not read again.
 */
final class UploadedFiles {

  /** Enough for any real app; bounds the walk on a huge directory. */
  static final int MAX_FILES = 20_000;

  private UploadedFiles() {}

  /**
   * The relative paths (forward slashes, in name order) of the uploaded files under {@code root}
   * that a pattern starting with one of {@code prefixes} could match; empty when there are more
   * than {@link #MAX_FILES} of them or the directory cannot be read, so that nothing is judged. A
   * folder below it that cannot be read is left out; a symbolic link to a folder is not followed.
   */
  static Optional<List<String>> list(Disk disk, Path root, List<String> prefixes) {
    Optional<IgnoreFile> ignore = gcloudignore(disk, root);
    List<String> found = new ArrayList<>();
    try {
      return walk(disk, root, "", ignore, prefixes, found) ? Optional.of(found) : Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Adds the uploaded files of {@code directory} and below; false once there are too many. */
  private static boolean walk(Disk disk, Path directory, String relativeDirectory, Optional<IgnoreFile> ignore,
      List<String> prefixes, List<String> found) throws IOException {
    for (Disk.Entry entry : disk.list(directory)) {
      String relative = relativeDirectory + entry.name();
      if (entry.kind() == Disk.Kind.DIRECTORY && !entry.link()) {
        boolean skip = entry.name().equals(".git")
            || ignore.map(i -> i.ignores(relative, true)).orElse(false)
            || prefixes.stream().noneMatch(p -> reaches(p, relative + "/"));
        try {
          if (!skip && !walk(disk, directory.resolve(entry.name()), relative + "/", ignore, prefixes, found)) {
            return false;
          }
        } catch (IOException | SecurityException e) {
          // a folder that cannot be read uploads nothing we can know of
        }
      } else if (entry.kind() == Disk.Kind.FILE && !ignore.map(i -> i.ignores(relative, false)).orElse(false)) {
        found.add(relative);
        if (found.size() > MAX_FILES) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a path starting with {@code directory} can start with {@code prefix}, or the other way round. */
  private static boolean reaches(String prefix, String directory) {
    return directory.startsWith(prefix) || prefix.startsWith(directory);
  }

  private static Optional<IgnoreFile> gcloudignore(Disk disk, Path root) {
    Path file = root.resolve(".gcloudignore");
    try {
      return disk.isRegularFile(file) ? Optional.of(IgnoreFile.read(file)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The text every match of {@code regex} starts with: its leading literal characters, up to the
   * first construct that is not one (a group, a class, a wildcard); a character a quantifier
   * makes optional is left out, and an alternation outside groups means no common start at all.
   */
  static String literalPrefix(String regex) {
    if (topLevelAlternation(regex)) {
      return "";
    }
    StringBuilder prefix = new StringBuilder();
    int i = regex.startsWith("^") ? 1 : 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      char literal;
      int next;
      if (c == '\\' && i + 1 < regex.length() && "./-_~".indexOf(regex.charAt(i + 1)) >= 0) {
        literal = regex.charAt(i + 1);
        next = i + 2;
      } else if (Character.isLetterOrDigit(c) || "/-_~ ,;:@=!%&'\"<>#".indexOf(c) >= 0) {
        literal = c;
        next = i + 1;
      } else {
        break;
      }
      if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
        break; // the character may be absent
      }
      prefix.append(literal);
      if (next < regex.length() && regex.charAt(next) == '+') {
        break;
      }
      i = next;
    }
    return prefix.toString();
  }

  private static boolean topLevelAlternation(String regex) {
    int[] depth = {0};
    boolean[] found = {false};
    PatternScan.structural(regex, (index, c) -> {
      if (c == '(') {
        depth[0]++;
      } else if (c == ')') {
        depth[0]--;
      } else if (c == '|' && depth[0] <= 0) {
        found[0] = true;
      }
    });
    return found[0];
  }
}
