package dev.appyaml.catalog;

import dev.appyaml.rule.FileKind;
import java.util.Map;
import java.util.Optional;

/** Which catalog describes a file kind, and the Google reference page that documents it. */
public final class Catalogs {

  private Catalogs() {}

  private static final Map<FileKind, ObjectSpec> CATALOGS = Map.of(
      FileKind.APP, AppCatalog.APP,
      FileKind.DISPATCH, DispatchCatalog.DISPATCH,
      FileKind.CRON, CronCatalog.CRON,
      FileKind.QUEUE, QueueCatalog.QUEUE,
      FileKind.APPHOSTING, AppHostingCatalog.APPHOSTING);

  static final String APP_STANDARD = "https://cloud.google.com/appengine/docs/standard/reference/app-yaml";
  static final String APP_FLEXIBLE = "https://cloud.google.com/appengine/docs/flexible/reference/app-yaml";
  static final String APP_LEGACY = "https://cloud.google.com/appengine/docs/legacy/standard/python/config/appref";

  /** The catalog of a kind, or empty for kinds checked for YAML problems only. */
  public static Optional<ObjectSpec> of(FileKind kind) {
    return Optional.ofNullable(CATALOGS.get(kind));
  }

  /** The reference page of a file kind. */
  public static String reference(FileKind kind) {
    return switch (kind) {
      case APP -> APP_STANDARD;
      case DISPATCH -> "https://cloud.google.com/appengine/docs/standard/reference/dispatch-yaml";
      case CRON -> "https://cloud.google.com/appengine/docs/standard/scheduling-jobs-with-cron-yaml";
      case APPHOSTING -> "https://firebase.google.com/docs/app-hosting/configure";
      case QUEUE -> "https://cloud.google.com/appengine/docs/standard/reference/queue-yaml";
      case INDEX -> "https://cloud.google.com/appengine/docs/standard/reference/index-yaml";
    };
  }
}
