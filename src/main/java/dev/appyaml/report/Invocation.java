package dev.appyaml.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a run was made, for formats that record it (SARIF's {@code invocations}) or that name files
 * relative to the repository (SARIF, GitLab): the working directory, the repository root (the
 * nearest folder above it holding {@code .git}, else the working directory itself), and the input
 * problems that made the run fail (exit 2).
 */
public record Invocation(Path workingDirectory, Path repositoryRoot, List<String> problems) {

  public Invocation {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    problems = List.copyOf(problems);
  }

  /** The run in the process's working directory. */
  public static Invocation here(List<String> problems) {
    Path cwd = Path.of("").toAbsolutePath();
    return new Invocation(cwd, repositoryRoot(cwd).orElse(cwd), problems);
  }

  public boolean successful() {
    return problems.isEmpty();
  }

  /**
   * The git top level containing {@code dir}: found by walking up to a {@code .git} folder or file
   * (worktrees and submodules have a file), without running git.
   */
  static Optional<Path> repositoryRoot(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * A reported file's path relative to the repository root, with forward slashes, if it lies
   * inside it; {@code displayPath} is the path as given, relative to the working directory.
   */
  public Optional<String> repositoryPath(String displayPath) {
    Path absolute;
    try {
      absolute = workingDirectory.resolve(displayPath).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    if (!absolute.startsWith(repositoryRoot)) {
      return Optional.empty();
    }
    return Optional.of(repositoryRoot.relativize(absolute).toString().replace('\\', '/'));
  }

  /** The absolute path of a reported file. */
  Path absolute(String displayPath) {
    return workingDirectory.resolve(displayPath).normalize();
  }
}
