package dev.appyaml.catalog;

import java.util.Optional;

/**
 * Everything known about one key: its value's shape, whether it is required, where it is
 * accepted, what replaced it if it is deprecated, a one-line summary for docs, and the value
 * Google uses when the key is absent (as the user would write it), where the docs state one.
 */
public record Element(
    String name, Shape shape, boolean required, Availability availability,
    Optional<String> replacedBy, String summary, Optional<String> defaultValue) {}
