package dev.appyaml.catalog;

import static dev.appyaml.catalog.ElementBuilder.decimal;
import static dev.appyaml.catalog.ElementBuilder.integer;
import static dev.appyaml.catalog.ElementBuilder.listOf;
import static dev.appyaml.catalog.ElementBuilder.object;
import static dev.appyaml.catalog.ElementBuilder.oneOf;
import static dev.appyaml.catalog.ElementBuilder.spec;
import static dev.appyaml.catalog.ElementBuilder.text;

/**
 * Every element of {@code queue.yaml} as gcloud's loader ({@code queueinfo.py}) reads it, with the
 * lower bounds its pre-deploy check ({@code app_deploy_migration_util.py}) adds; the checks that
 * need more than one value (push or pull queue, min against max) are rules (docs/spec-additions.md).
 * gcloud wraps every pattern in {@code ^(?:…)$}.
 */
public final class QueueCatalog {

  private QueueCatalog() {}

  static final String RATE = "(0|[0-9]+(\\.[0-9]*)?/[smhd])\\n?";
  static final String TARGET = "(?:(?:((?!-)[a-z\\d\\-]{1,100})\\.)?)((?!-)[a-z\\d\\-]{1,63})\\n?";
  private static final String DEPLOY = "GC-DEPLOY app_deploy_migration_util.py ValidateQueueYamlFileConfig";

  static final ObjectSpec RETRY_PARAMETERS = spec("retry_parameters",
      integer("task_retry_limit", 0, Long.MAX_VALUE, DEPLOY).doc("Retries of a failed task; unlimited by default."),
      text("task_age_limit", CronCatalog.AGE, "a number and one unit s, m, h or d, such as 2d or 3.5h")
          .doc("How long a failed task keeps being retried (push queues)."),
      decimal("min_backoff_seconds", 0, Double.POSITIVE_INFINITY, DEPLOY),
      decimal("max_backoff_seconds", 0, Double.POSITIVE_INFINITY, DEPLOY),
      integer("max_doublings", 0, Long.MAX_VALUE, DEPLOY));

  static final ObjectSpec ACL = spec("an acl entry",
      text("user_email"),
      text("writer_email"));

  static final ObjectSpec QUEUE_ENTRY = spec("a queue",
      text("name", "[A-Za-z0-9-]{0,499}\\n?", "letters, digits and hyphens, at most 499").required()
          .doc("The queue's name; default is the queue tasks go to when none is named."),
      text("rate", RATE, "a number per unit, such as 5/s, 10/m or 0.5/h")
          .doc("How fast tasks are dispatched (push queues); required for push queues."),
      oneOf("mode", "push", "pull").byDefault("push").doc("push (default) or pull."),
      integer("bucket_size").doc("Burst size of the token bucket (push queues); at most 500."),
      integer("max_concurrent_requests").doc("Tasks of this queue running at once (push queues)."),
      object("retry_parameters", RETRY_PARAMETERS),
      listOf("acl", new Shape.Obj(ACL)),
      text("target", TARGET, "a service name (lowercase letters, digits and hyphens), optionally version.service")
          .doc("Service that receives the tasks (push queues)."));

  public static final ObjectSpec QUEUE = spec("queue.yaml",
      listOf("queue", new Shape.Obj(QUEUE_ENTRY)).doc("The queues; queues missing from the file are paused on deploy."),
      text("total_storage_limit", "([0-9]+(\\.[0-9]*)?[BKMGT]?)\\n?", "a size such as 500M or 1.5G"),
      oneOf("resume_paused_queues", "True", "False"),
      text("application", AppCatalog.APPLICATION, "a project id").doc("Rejected by gcloud; use --project."));
}
