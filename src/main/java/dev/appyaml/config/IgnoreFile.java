package dev.appyaml.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} or {@code .gcloudignore}, matched against paths
 * relative to the directory the file is in: comments, {@code !} negation, a trailing {@code /}
 * for directories only, a leading or inner {@code /} anchoring the pattern. gcloud's
 * {@code #!include:} directive is not followed.
 */
public final class IgnoreFile {

  private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

  private final List<Rule> rules;

  private IgnoreFile(List<Rule> rules) {
    this.rules = rules;
  }

  public static IgnoreFile read(Path file) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.stripTrailing();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1);
      }
      boolean directoryOnly = line.endsWith("/");
      if (directoryOnly) {
        line = line.substring(0, line.length() - 1);
      }
      boolean anchored = line.startsWith("/") || line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      String glob = anchored ? line : "**/" + line;
      rules.add(new Rule(Glob.toRegex(glob), negated, directoryOnly));
    }
    return new IgnoreFile(rules);
  }

  /** Whether a path (relative, forward slashes) is ignored; the last matching pattern wins. */
  public boolean ignores(String relativePath, boolean directory) {
    boolean ignored = false;
    for (Rule rule : rules) {
      if ((!rule.directoryOnly || directory) && rule.pattern.matcher(relativePath).matches()) {
        ignored = !rule.negated;
      }
    }
    return ignored;
  }
}
