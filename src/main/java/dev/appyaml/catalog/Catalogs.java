package dev.appyaml.catalog;

import dev.appyaml.rule.FileKind;
import java.util.Optional;
import java.util.function.Supplier;

/** Which catalog describes a file kind, and the Google reference page that documents it. */
public final class Catalogs {

  private Catalogs() {}

  static final String APP_STANDARD = "https://cloud.google.com/appengine/docs/standard/reference/app-yaml";
  static final String APP_FLEXIBLE = "https://cloud.google.com/appengine/docs/flexible/reference/app-yaml";
  static final String APP_LEGACY = "https://cloud.google.com/appengine/docs/legacy/standard/python/config/appref";

  /** The catalog of a kind, or empty for kinds checked for YAML problems only. */
  public static Optional<ObjectSpec> of(FileKind kind) {
    return catalog(kind).map(Supplier::get);
  }

  /** Whether a kind has a catalog, without building it. */
  public static boolean exists(FileKind kind) {
    return catalog(kind).isPresent();
  }

  /**
   * A switch, not a map of every catalog: a run builds (and compiles the patterns of) only the
   * catalogs of the kinds it checks.
   */
  private static Optional<Supplier<ObjectSpec>> catalog(FileKind kind) {
    return switch (kind) {
      case APP -> Optional.of(() -> AppCatalog.APP);
      case DISPATCH -> Optional.of(() -> DispatchCatalog.DISPATCH);
      case CRON -> Optional.of(() -> CronCatalog.CRON);
      case QUEUE -> Optional.of(() -> QueueCatalog.QUEUE);
      case APPHOSTING -> Optional.of(() -> AppHostingCatalog.APPHOSTING);
      case INDEX -> Optional.empty();
    };
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
