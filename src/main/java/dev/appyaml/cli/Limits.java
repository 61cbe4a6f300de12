package dev.appyaml.cli;

import dev.appyaml.yaml.YamlLoader;

/** Input limits of the command line, in one place. */
final class Limits {

  /** Largest file read; App Engine configuration files are a few kilobytes. */
  static final int MAX_FILE_BYTES = YamlLoader.MAX_CODE_POINTS;

  private Limits() {}
}
