package dev.appyaml.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A small fluent builder so that the catalogs read like the spec's tables. */
final class ElementBuilder {

  private final String name;
  private final Shape shape;
  private boolean required;
  private Availability availability = Availability.EVERYWHERE;
  private Optional<String> replacedBy = Optional.empty();
  private String summary = "";
  private Optional<String> defaultValue = Optional.empty();

  private ElementBuilder(String name, Shape shape) {
    this.name = name;
    this.shape = shape;
  }

  static ElementBuilder text(String name) {
    return new ElementBuilder(name, new Shape.Text(Optional.empty(), "", List.of()));
  }

  /** A string that must fully match Google's {@code regex}; {@code description} says it in words. */
  static ElementBuilder text(String name, String regex, String description) {
    return new ElementBuilder(name, new Shape.Text(Optional.of(Pattern.compile(regex)), description, List.of()));
  }

  static ElementBuilder oneOf(String name, String... options) {
    return new ElementBuilder(name, new Shape.Text(Optional.empty(), "", List.of(options)));
  }

  static ElementBuilder integer(String name, long min, long max, String source) {
    return new ElementBuilder(name, new Shape.Int(min, max, source));
  }

  static ElementBuilder integer(String name) {
    return integer(name, Long.MIN_VALUE, Long.MAX_VALUE, "");
  }

  static ElementBuilder decimal(String name, double min, double max, String source) {
    return new ElementBuilder(name, new Shape.Decimal(min, max, source));
  }

  static ElementBuilder decimal(String name) {
    return decimal(name, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
  }

  static ElementBuilder bool(String name) {
    return new ElementBuilder(name, new Shape.Bool());
  }

  static ElementBuilder object(String name, ObjectSpec spec) {
    return new ElementBuilder(name, new Shape.Obj(spec));
  }

  static ElementBuilder listOf(String name, Shape item) {
    return new ElementBuilder(name, new Shape.ListOf(item));
  }

  static ElementBuilder stringMap(String name, String keyRegex, String keyDescription) {
    return new ElementBuilder(name, new Shape.StringMap(Optional.of(Pattern.compile(keyRegex)), keyDescription));
  }

  static ElementBuilder stringMap(String name) {
    return new ElementBuilder(name, new Shape.StringMap(Optional.empty(), ""));
  }

  static ElementBuilder regexes(String name) {
    return new ElementBuilder(name, new Shape.RegexOrList());
  }

  static ElementBuilder any(String name) {
    return new ElementBuilder(name, new Shape.Any());
  }

  ElementBuilder required() {
    this.required = true;
    return this;
  }

  /** Where it is accepted, as a row of the element matrix: std1, std2, flex (O, -, X, D). */
  ElementBuilder in(String matrixRow) {
    this.availability = Availability.of(matrixRow);
    return this;
  }

  ElementBuilder deprecated(String replacement) {
    this.replacedBy = Optional.of(replacement);
    return this;
  }

  ElementBuilder doc(String summary) {
    this.summary = summary;
    return this;
  }

  /** The value Google uses when the key is absent, as documented. */
  ElementBuilder byDefault(String value) {
    this.defaultValue = Optional.of(value);
    return this;
  }

  Element build() {
    return new Element(name, shape, required, availability, replacedBy, summary, defaultValue);
  }

  static ObjectSpec spec(String typeName, ElementBuilder... elements) {
    return new ObjectSpec(typeName, java.util.Arrays.stream(elements).map(ElementBuilder::build).toList());
  }

  /** A mapping whose reader ignores unknown keys; appyaml still flags them, as likely typos. */
  static ObjectSpec lenientSpec(String typeName, ElementBuilder... elements) {
    return new ObjectSpec(typeName, true, java.util.Arrays.stream(elements).map(ElementBuilder::build).toList());
  }

  static Shape textShape(String regex, String description) {
    return new Shape.Text(Optional.of(Pattern.compile(regex)), description, List.of());
  }

  static Shape anyText() {
    return new Shape.Text(Optional.empty(), "", List.of());
  }

  static Shape enumShape(String... options) {
    return new Shape.Text(Optional.empty(), "", List.of(options));
  }
}
