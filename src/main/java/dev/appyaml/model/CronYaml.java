package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** A {@code cron.yaml} as typed, located values (spec/neighbours.md §2). */
public record CronYaml(
    MappingNode root,
    Optional<Located<YamlNode>> cron,
    List<Located<Job>> jobs) {

  /** One job. {@code schedule} stays a scalar so that rules can point inside it. */
  public record Job(
      MappingNode node,
      Optional<Located<String>> url,
      Optional<Located<ScalarNode>> schedule,
      Optional<Located<String>> timezone,
      Optional<Located<String>> description,
      Optional<Located<String>> target,
      Optional<Located<RetryParameters>> retryParameters) {

    static Optional<Job> bind(Fields f) {
      return Optional.of(new Job(f.node(), f.str("url"), f.scalar("schedule"), f.str("timezone"),
          f.str("description"), f.str("target"), f.object("retry_parameters", RetryParameters::bind)));
    }
  }

  /** How a failed job is retried. */
  public record RetryParameters(
      MappingNode node,
      Optional<Located<Long>> jobRetryLimit,
      Optional<Located<String>> jobAgeLimit,
      Optional<Located<Double>> minBackoffSeconds,
      Optional<Located<Double>> maxBackoffSeconds,
      Optional<Located<Long>> maxDoublings) {

    static RetryParameters bind(Fields f) {
      return new RetryParameters(f.node(), f.integer("job_retry_limit"), f.str("job_age_limit"),
          f.decimal("min_backoff_seconds"), f.decimal("max_backoff_seconds"), f.integer("max_doublings"));
    }
  }

  /** Binds a root mapping; never fails, whatever the mapping holds. */
  public static CronYaml bind(MappingNode root) {
    Fields f = Fields.of(root);
    List<Located<Job>> jobs = f.list("cron", n -> Fields.of(n).flatMap(Job::bind))
        .map(Located::value).orElse(List.of());
    return new CronYaml(root, f.raw("cron"), jobs);
  }
}
