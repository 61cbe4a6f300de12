package dev.appyaml.runtime;

import java.time.LocalDate;

/**
 * Where a standard runtime stands on a given day (spec §2.3 phases; AY-RT-010..012, AY-RT-017).
 * Each dated phase starts on its date: on the end-of-support day the runtime is already
 * {@link EndOfSupport}.
 */
public sealed interface Lifecycle {

  /** Google starts notifications this many days before end of support (D-LIFE). */
  int NOTICE_DAYS = 90;

  /** Deployable, and end of support (if any) is more than {@link #NOTICE_DAYS} away. */
  record Supported() implements Lifecycle {}

  /** End of support is {@code daysLeft} days away, 1 to {@link #NOTICE_DAYS}. */
  record EndingSoon(long daysLeft, LocalDate endOfSupport) implements Lifecycle {}

  /** Deploys blocked unless the organisation policy re-enables them. */
  record EndOfSupport(LocalDate since) implements Lifecycle {}

  /** Deploys blocked; the organisation policy no longer helps. */
  record Deprecated(LocalDate since) implements Lifecycle {}

  /** Existing versions may be disabled. */
  record Decommissioned(LocalDate since) implements Lifecycle {}

  /** A preview runtime: no schedule yet. */
  record Preview() implements Lifecycle {}

  /** Known to gcloud, absent from the schedule. */
  record KnownUnsupported() implements Lifecycle {}

  /** A long-gone first-generation name (python, java7, go, ...). */
  record Obsolete() implements Lifecycle {}
}
