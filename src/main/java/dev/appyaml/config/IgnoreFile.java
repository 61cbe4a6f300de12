package dev.appyaml.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one {@code .gitignore} or {@code .gcloudignore}, matched against paths
 * relative to the directory the file is in: comments, {@code !} negation, a trailing {@code /}
 * for directories only, a leading or inner {@code /} anchoring the pattern. gcloud's
 * {@code #!include:} directive is not followed.
 */
public final class IgnoreFile {

  private record Rule(Glob glob, boolean negated, boolean directoryOnly) {}

  private final List<Rule> rules;

  private IgnoreFile(List<Rule> rules) {
    this.rules = rules;
  }

  public static IgnoreFile read(Path file) throws IOException {
    List<Rule> rules = new ArrayList<>();
    // git reads bytes: text that is not UTF-8 still ignores what its valid patterns name.
    String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    for (String raw : text.split("\r?\n")) {
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
      rules.add(new Rule(Glob.compile(glob), negated, directoryOnly));
    }
    return new IgnoreFile(rules);
  }

  /** Whether a path (relative, forward slashes) is ignored; the last matching pattern wins. */
  public boolean ignores(String relativePath, boolean directory) {
    boolean ignored = false;
    for (Rule rule : rules) {
      if ((!rule.directoryOnly || directory) && rule.glob.matches(relativePath)) {
        ignored = !rule.negated;
      }
    }
    return ignored;
  }
}
