package dev.appyaml.model;

/** Standard-environment generation of a runtime (spec §2.2). */
public enum Generation {
  FIRST,
  SECOND,
  /** Not a standard runtime we know, or no runtime at all. */
  UNKNOWN,
  /** The flexible environment has no generations. */
  NOT_APPLICABLE
}
