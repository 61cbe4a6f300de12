package dev.appyaml.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an element's value must look like. Facts about single values live here, as data. */
public sealed interface Shape {

  /** A user-facing description of the expected kind: "a string", "a list of mappings". */
  String expected();

  /**
   * A scalar converted with Python's {@code str()}; optionally it must fully match
   * {@code pattern} (Google's validator regex) or be one of {@code options}.
   */
  record Text(Optional<Pattern> pattern, String patternDescription, List<String> options) implements Shape {
    @Override
    public String expected() {
      return "a string";
    }
  }

  /** An integer ({@code int()} in Google's validator), within {@code min}..{@code max}. */
  record Int(long min, long max, String rangeSource) implements Shape {
    @Override
    public String expected() {
      return "an integer";
    }
  }

  /** A number ({@code float()}), within {@code min}..{@code max}. */
  record Decimal(double min, double max, String rangeSource) implements Shape {
    @Override
    public String expected() {
      return "a number";
    }
  }

  /** A YAML boolean ({@code true}/{@code false}). */
  record Bool() implements Shape {
    @Override
    public String expected() {
      return "a boolean";
    }
  }

  /** A mapping with a fixed set of keys. */
  record Obj(ObjectSpec spec) implements Shape {
    @Override
    public String expected() {
      return "a mapping";
    }
  }

  /** A list whose items have one shape. */
  record ListOf(Shape item) implements Shape {
    @Override
    public String expected() {
      return "a list";
    }
  }

  /** A free-form mapping of names to scalar values; names may have to match {@code keyPattern}. */
  record StringMap(Optional<Pattern> keyPattern, String keyDescription) implements Shape {
    @Override
    public String expected() {
      return "a mapping of names to values";
    }
  }

  /** A regular expression, or a list of them that Google joins with {@code |}. */
  record RegexOrList() implements Shape {
    @Override
    public String expected() {
      return "a regular expression or a list of them";
    }
  }

  /** Anything; judged by semantic rules only. */
  record Any() implements Shape {
    @Override
    public String expected() {
      return "a value";
    }
  }
}
