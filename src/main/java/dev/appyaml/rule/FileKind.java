package dev.appyaml.rule;

import java.util.Locale;

/** The kinds of configuration file appyaml understands. */
public enum FileKind {
  APP,
  DISPATCH,
  CRON,
  APPHOSTING,
  QUEUE,
  INDEX;

  /**
   * The kind gcloud would give a file of this name: exact {@code dispatch.yaml} and
   * {@code cron.yaml}, {@code apphosting.yaml} and {@code apphosting.ENV.yaml}; anything else is
   * a service file like {@code app.yaml}.
   */
  public static FileKind fromFileName(String fileName) {
    return switch (fileName) {
      case "dispatch.yaml", "dispatch.yml" -> DISPATCH;
      case "cron.yaml", "cron.yml" -> CRON;
      case "queue.yaml", "queue.yml" -> QUEUE;
      case "index.yaml", "index.yml" -> INDEX;
      default -> fileName.startsWith("apphosting") && Names.APPHOSTING.matcher(fileName).matches() ? APPHOSTING : APP;
    };
  }

  /** Compiled once (every file of a run is named here, several times), and only when a name starts like one. */
  private static final class Names {
    static final java.util.regex.Pattern APPHOSTING = java.util.regex.Pattern.compile("apphosting(\\.[A-Za-z0-9_-]+)?\\.ya?ml");
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
