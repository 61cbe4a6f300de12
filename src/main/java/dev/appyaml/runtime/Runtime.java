package dev.appyaml.runtime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One standard-environment runtime, as listed in {@code runtimes.tsv}.
 *
 * <p>Note: inside other packages this name shadows {@code java.lang.Runtime} only when imported
 * explicitly ({@code import dev.appyaml.runtime.Runtime;}).
 *
 * @param os "ubuntu22.04" and the like; empty for first generation and where unknown
 * @param note free text from the data file; empty when there is none
 */
public record Runtime(
    String id,
    Language language,
    Generation generation,
    Optional<String> os,
    Status status,
    Optional<LocalDate> endOfSupport,
    Optional<LocalDate> deprecated,
    Optional<LocalDate> decommissioned,
    String note) {

  /** Where the runtime stands apart from its dates. */
  public enum Status {
    /** Listed in the support schedule; its lifecycle follows the dates. */
    GA,
    /** Seen in Google's docs before general availability; not in the schedule. */
    PREVIEW,
    /** Known to gcloud but absent from the schedule; treat as unsupported until verified. */
    KNOWN_UNSUPPORTED,
    /** A long-gone first-generation name that gcloud still recognises. */
    OBSOLETE
  }

  public Runtime {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(generation, "generation");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(endOfSupport, "endOfSupport");
    Objects.requireNonNull(deprecated, "deprecated");
    Objects.requireNonNull(decommissioned, "decommissioned");
    Objects.requireNonNull(note, "note");
    requireNotBefore(endOfSupport, "end_of_support", deprecated, "deprecated", id);
    requireNotBefore(deprecated, "deprecated", decommissioned, "decommissioned", id);
    if (status != Status.GA && endOfSupport.isPresent()) {
      throw new IllegalArgumentException(id + ": only status ga may carry lifecycle dates");
    }
  }

  /** A later phase needs the earlier one, on or before it. */
  private static void requireNotBefore(
      Optional<LocalDate> earlier, String earlierName, Optional<LocalDate> later, String laterName, String id) {
    if (later.isEmpty()) {
      return;
    }
    if (earlier.isEmpty()) {
      throw new IllegalArgumentException(id + ": " + laterName + " is set but " + earlierName + " is not");
    }
    if (later.get().isBefore(earlier.get())) {
      throw new IllegalArgumentException(id + ": " + laterName + " " + later.get() + " is before " + earlierName + " " + earlier.get());
    }
  }
}
