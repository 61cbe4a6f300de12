package dev.appyaml.catalog;

import java.util.Optional;

/**
 * Everything known about one key: its value's shape, whether it is required, where it is
 * accepted, what replaced it if it is deprecated, and a one-line summary for docs.
 */
public record Element(
    String name, Shape shape, boolean required, Availability availability,
    Optional<String> replacedBy, String summary) {}
