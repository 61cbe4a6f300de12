package dev.appyaml.yaml;

/** How a scalar is typed under YAML 1.1 rules, the way PyYAML's SafeLoader types it. */
public enum ScalarType {
  NULL("null"),
  BOOL("boolean"),
  INT("integer"),
  FLOAT("float"),
  TIMESTAMP("timestamp"),
  STRING("string");

  private final String displayName;

  ScalarType(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
