package dev.appyaml.model;

/** Where a service runs (spec §2.1). */
public enum Environment {
  STANDARD,
  FLEXIBLE,
  /** Legacy Managed VMs ({@code vm: true}); judged like the flexible environment. */
  MANAGED_VMS;

  public boolean isFlexible() {
    return this != STANDARD;
  }
}
