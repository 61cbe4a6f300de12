package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.CheckedFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of App Hosting files: {@code apphosting.yaml} and {@code apphosting.ENV.yaml}. */
final class AppHostingFiles {

  static final String BASE = "apphosting.yaml";
  static final String EMULATOR = "emulator";
  static final String LOCAL = "local";
  /** firebase-tools' APPHOSTING_YAML_FILE_REGEX. */
  static final Pattern NAME = Pattern.compile("apphosting(\\.[a-z0-9_]+)?\\.yaml");
  private static final Pattern ANY_ENVIRONMENT = Pattern.compile("apphosting\\.(.+)\\.ya?ml");

  private AppHostingFiles() {}

  /** The file's name as written, without directories. */
  static String name(CheckedFile file) {
    String path = file.path().map(Path::toString).orElse(file.source().displayPath());
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** The environment of an {@code apphosting.ENV.yaml}; empty for the base file and other names. */
  static Optional<String> environment(CheckedFile file) {
    Matcher m = ANY_ENVIRONMENT.matcher(name(file));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** An environment file that Cloud Run deployments merge over {@code apphosting.yaml}. */
  static boolean isDeployedEnvironment(CheckedFile file) {
    return environment(file).filter(env -> !env.equals(EMULATOR) && !env.equals(LOCAL)).isPresent();
  }
}
