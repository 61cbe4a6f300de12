package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import java.util.List;
import java.util.Optional;

/** A {@code queue.yaml} as typed, located values (docs/spec-additions.md, queue.yaml). */
public record QueueYaml(MappingNode root, List<Located<Queue>> queues) {

  /** One queue. {@code mode} absent or {@code push} is a push queue; {@code pull} is a pull queue. */
  public record Queue(
      MappingNode node,
      Optional<Located<String>> name,
      Optional<Located<String>> rate,
      Optional<Located<String>> mode,
      Optional<Located<Long>> bucketSize,
      Optional<Located<Long>> maxConcurrentRequests,
      Optional<Located<RetryParameters>> retryParameters,
      Optional<Located<String>> target) {

    public boolean isPull() {
      return mode.map(m -> m.value().equals("pull")).orElse(false);
    }

    static Optional<Queue> bind(Fields f) {
      return Optional.of(new Queue(f.node(), f.str("name"), f.str("rate"), f.str("mode"), f.integer("bucket_size"),
          f.integer("max_concurrent_requests"), f.object("retry_parameters", RetryParameters::bind), f.str("target")));
    }
  }

  /** How a failed task is retried. */
  public record RetryParameters(
      MappingNode node,
      Optional<Located<Long>> taskRetryLimit,
      Optional<Located<String>> taskAgeLimit,
      Optional<Located<Double>> minBackoffSeconds,
      Optional<Located<Double>> maxBackoffSeconds,
      Optional<Located<Long>> maxDoublings) {

    static RetryParameters bind(Fields f) {
      return new RetryParameters(f.node(), f.integer("task_retry_limit"), f.str("task_age_limit"),
          f.decimal("min_backoff_seconds"), f.decimal("max_backoff_seconds"), f.integer("max_doublings"));
    }
  }

  /** Binds a root mapping; never fails, whatever the mapping holds. */
  public static QueueYaml bind(MappingNode root) {
    List<Located<Queue>> queues = Fields.of(root).list("queue", n -> Fields.of(n).flatMap(Queue::bind))
        .map(Located::value).orElse(List.of());
    return new QueueYaml(root, queues);
  }
}
