package dev.appyaml.catalog;

import static dev.appyaml.catalog.ElementBuilder.decimal;
import static dev.appyaml.catalog.ElementBuilder.integer;
import static dev.appyaml.catalog.ElementBuilder.listOf;
import static dev.appyaml.catalog.ElementBuilder.object;
import static dev.appyaml.catalog.ElementBuilder.spec;
import static dev.appyaml.catalog.ElementBuilder.text;

/**
 * Every element of {@code cron.yaml} (spec/neighbours.md §2.2, §2.4). Patterns are gcloud's
 * ({@code croninfo.py}), written for Java: Python's {@code .} matches anything but a line feed,
 * and its {@code $} also matches before one final line feed. The schedule and the time zone have
 * their own rules.
 */
public final class CronCatalog {

  private CronCatalog() {}

  static final String TARGET = "(?:(?:((?!-)[a-z\\d\\-]{1,63}):)?)((?!-)[a-z\\d\\-]{1,100})";
  /** A number and a unit, as float() reads the number; possessive, so that no digit is tried twice. */
  static final String AGE = "\\s*+\\+?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?\\s*+[smhd]";

  static final ObjectSpec RETRY_PARAMETERS = spec("retry_parameters",
      integer("job_retry_limit", 0, 5, "D-CRON (gcloud: at least 0)").doc("Retries of a failed job; 0 to 5."),
      text("job_age_limit", AGE, "a number and one unit s, m, h or d, such as 2d or 3.5h")
          .doc("How long a failed job keeps being retried."),
      decimal("min_backoff_seconds", 0, Double.POSITIVE_INFINITY, "GC-CRON:157-160"),
      decimal("max_backoff_seconds", 0, Double.POSITIVE_INFINITY, "GC-CRON:157-160"),
      integer("max_doublings", 0, Long.MAX_VALUE, "GC-CRON:161-162"));

  static final ObjectSpec JOB = spec("a cron job",
      text("url", "/[^\\n]*\\n?", "a path in this app starting with /, not a full URL").required()
          .doc("Path the cron service sends a GET request to."),
      text("schedule").required().doc("When the job runs, such as every 5 minutes or every monday 09:00."),
      text("timezone").byDefault("UTC").doc("tz database name the schedule's times are in; UTC by default."),
      text("description", "[^\\n]{0,499}\\n?", "at most 499 characters on one line"),
      text("target", TARGET, "a service name (lowercase letters, digits and hyphens), optionally version:service")
          .doc("Service that receives the request."),
      object("retry_parameters", RETRY_PARAMETERS))
      .note("attempt_deadline", "the deadline of a cron job is set on the Cloud Scheduler job that gcloud app"
          + " deploy creates from it: gcloud scheduler jobs update app-engine JOB --attempt-deadline=DURATION",
          "remove it, and set the deadline on the Cloud Scheduler job");

  public static final ObjectSpec CRON = spec("cron.yaml",
      listOf("cron", new Shape.Obj(JOB)).doc("The jobs; an empty cron: removes every job on deploy."),
      text("application", AppCatalog.APPLICATION, "a project id").doc("Rejected by gcloud; use --project."));
}
