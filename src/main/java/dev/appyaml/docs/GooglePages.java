package dev.appyaml.docs;

import dev.appyaml.rule.RuleInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public Google documentation a rule rests on, for {@code explain}'s "Source": chosen from the
 * specification rows the rule implements (which name their sources; the row ids themselves are
 * internal and appear only in docs/coverage.md).
 */
public final class GooglePages {

  /** A documentation page: its title as a reader would look for it, and its address. */
  public record Page(String title, String url) {
    // Written out: a record's own equals and hashCode bootstrap through ObjectMethods at first use,
    // which no start-up cache holds (docs/performance.md).
    @Override
    public boolean equals(Object o) {
      return o instanceof Page p && p.title.equals(title) && p.url.equals(url);
    }

    @Override
    public int hashCode() {
      return 31 * title.hashCode() + url.hashCode();
    }
  }

  static final Page STANDARD = new Page("App Engine standard environment: app.yaml reference",
      "https://cloud.google.com/appengine/docs/standard/reference/app-yaml");
  static final Page FLEXIBLE = new Page("App Engine flexible environment: app.yaml reference",
      "https://cloud.google.com/appengine/docs/flexible/reference/app-yaml");
  static final Page DISPATCH = new Page("dispatch.yaml reference",
      "https://cloud.google.com/appengine/docs/standard/reference/dispatch-yaml");
  static final Page CRON = new Page("Scheduling jobs with cron.yaml",
      "https://cloud.google.com/appengine/docs/standard/scheduling-jobs-with-cron-yaml");
  static final Page QUEUE = new Page("queue.yaml reference",
      "https://cloud.google.com/appengine/docs/standard/reference/queueref");
  static final Page APP_HOSTING = new Page("Firebase App Hosting: configure and manage backends (apphosting.yaml)",
      "https://firebase.google.com/docs/app-hosting/configure");
  static final Page SUPPORT_SCHEDULE = new Page("App Engine runtime support schedule",
      "https://cloud.google.com/appengine/docs/standard/lifecycle/support-schedule");
  static final Page PYTHON27 = new Page("Python 2.7 app.yaml reference (legacy bundled services)",
      "https://cloud.google.com/appengine/docs/legacy/standard/python/config/appref");
  static final Page PYTHON27_LIBRARIES = new Page("Python 2.7 built-in third-party libraries",
      "https://cloud.google.com/appengine/docs/legacy/standard/python/tools/built-in-libraries-27");
  static final Page VPC = new Page("Connecting to a VPC network (Serverless VPC Access)",
      "https://cloud.google.com/appengine/docs/standard/connecting-vpc");
  static final Page GCLOUD_DEPLOY = new Page("gcloud app deploy reference (which files it deploys, by name)",
      "https://cloud.google.com/sdk/gcloud/reference/app/deploy");
  static final Page INSTANCE_CLASSES = new Page("App Engine standard environment: instance classes",
      "https://cloud.google.com/appengine/docs/standard#instance_classes");

  /** Specification areas that describe the flexible environment. */
  private static final Set<String> FLEXIBLE_AREAS = Set.of("AY-FLX", "AY-RES", "AY-NET", "AY-HC", "AY-FAS",
      "AY-BETA", "AY-RC", "AY-END");
  private static final Set<String> PYTHON27_AREAS = Set.of("AY-INC", "AY-BLT", "AY-LEG", "AY-TS");

  private GooglePages() {}

  /** The pages for a rule, most specific first; empty for appyaml's own checks (suppressions, internal errors). */
  public static List<Page> of(RuleInfo rule) {
    Set<Page> pages = new LinkedHashSet<>();
    boolean flexRule = rule.id().startsWith("AY6");
    for (String row : rule.spec()) {
      String area = row.replaceFirst("-\\d+$", "");
      if (area.startsWith("CRN")) {
        pages.add(CRON);
      } else if (area.startsWith("DSP")) {
        pages.add(DISPATCH);
      } else if (area.startsWith("QUE")) {
        pages.add(QUEUE);
      } else if (area.startsWith("AH")) {
        pages.add(APP_HOSTING);
      } else if (area.equals("AY-RT")) {
        pages.add(SUPPORT_SCHEDULE);
        pages.add(flexRule ? FLEXIBLE : STANDARD);
      } else if (area.equals("AY-LIB")) {
        pages.add(PYTHON27_LIBRARIES);
      } else if (PYTHON27_AREAS.contains(area)) {
        pages.add(PYTHON27);
      } else if (area.equals("AY-VPC")) {
        pages.add(VPC);
      } else if (area.equals("AY-IC")) {
        pages.add(INSTANCE_CLASSES);
        pages.add(STANDARD);
      } else {
        pages.add(flexRule || FLEXIBLE_AREAS.contains(area) ? FLEXIBLE : STANDARD);
      }
    }
    if (pages.isEmpty() && rule.id().startsWith("AY7")) {
      pages.add(GCLOUD_DEPLOY);
    }
    return List.copyOf(pages);
  }
}
