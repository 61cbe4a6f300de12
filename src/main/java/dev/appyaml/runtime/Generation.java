package dev.appyaml.runtime;

/** Standard-environment generation as appyaml classifies it (spec §2.2); not gcloud's view, see {@link GcloudGeneration}. */
public enum Generation {
  FIRST,
  SECOND
}
