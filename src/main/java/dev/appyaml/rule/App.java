package dev.appyaml.rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files that deploy together: the service files, {@code dispatch.yaml} and {@code cron.yaml}
 * under one app root. {@code given} are the run's files, judged; {@code context} are the app's
 * other files read from disk so that cross-file rules see the whole app, never judged. A file
 * outside any app forms an app without a root with the other given files of its directory.
 */
public record App(Optional<Path> root, List<CheckedFile> given, List<CheckedFile> context) {

  public App {
    given = List.copyOf(given);
    context = List.copyOf(context);
  }
}
