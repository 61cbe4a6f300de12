package dev.appyaml.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The reason an I/O operation failed, in words, without the path: Java's exceptions mostly carry
 * only the path as their message, so "cannot read x: x" would say nothing. Callers write
 * {@code cannot read PATH: REASON} once.
 */
final class IoReason {

  private IoReason() {}

  static String reading(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "not a directory";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Why {@code file} cannot be written: a missing folder is named, else as {@link #reading}. */
  static String writing(Path file, IOException e) {
    Path parent = file.toAbsolutePath().getParent();
    if (e instanceof NoSuchFileException && parent != null && !Files.isDirectory(parent)) {
      Path shown = file.getParent() != null ? file.getParent() : parent;
      return "directory " + shown + " does not exist";
    }
    return reading(e);
  }
}
