package dev.appyaml.catalog;

import dev.appyaml.catalog.Availability.Status;
import dev.appyaml.rule.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose about one key that editors show: the catalog's summary, what the value must be,
 * where the key is accepted, its deprecation and the reference page. The JSON Schema
 * descriptions and the language server's hover both read it, so they always agree.
 */
public final class ElementDocs {

  private ElementDocs() {}

  public static String describe(Element element, FileKind kind) {
    List<String> sentences = new ArrayList<>();
    if (!element.summary().isBlank()) {
      sentences.add(element.summary().strip());
    }
    sentences.add(capitalized(value(element.shape())) + ".");
    if (element.required()) {
      sentences.add("Required.");
    }
    availability(element.availability()).ifPresent(sentences::add);
    element.replacedBy().ifPresent(r -> sentences.add("Deprecated: use " + r + " instead."));
    return String.join(" ", sentences) + "\nReference: " + reference(element, kind);
  }

  /** What the value must be, in words: "an integer from 0 to 1000", "one of GAUGE, DELTA_PER_SECOND". */
  public static String value(Shape shape) {
    if (shape instanceof Shape.Text t) {
      return !t.options().isEmpty() ? "one of " + String.join(", ", t.options())
          : t.pattern().isPresent() ? "a string: " + t.patternDescription() : "a string";
    }
    if (shape instanceof Shape.Int i) {
      return "an integer" + range(i.min() <= Integer.MIN_VALUE ? null : (double) i.min(),
          i.max() == Long.MAX_VALUE || i.max() == Integer.MAX_VALUE ? null : (double) i.max());
    }
    if (shape instanceof Shape.Decimal d) {
      return "a number" + range(Double.isInfinite(d.min()) ? null : d.min(), Double.isInfinite(d.max()) ? null : d.max());
    }
    if (shape instanceof Shape.Obj o) {
      return "a mapping (" + o.spec().typeName() + ")";
    }
    if (shape instanceof Shape.ListOf l) {
      return "a list; each item is " + value(l.item());
    }
    if (shape instanceof Shape.StringMap m) {
      return "a mapping of names to values" + (m.keyPattern().isPresent() ? "; each name is " + m.keyDescription() : "");
    }
    return shape instanceof Shape.Bool ? "true or false" : shape.expected();
  }

  private static String range(Double min, Double max) {
    if (min != null && max != null) {
      return " from " + number(min) + " to " + number(max);
    }
    if (min != null) {
      return min == 1e-6 ? " greater than 0" : " of at least " + number(min);
    }
    return max != null ? " of at most " + number(max) : "";
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static java.util.Optional<String> availability(Availability a) {
    List<String> notes = new ArrayList<>();
    note(notes, a.firstGeneration(), "first-generation standard runtimes");
    note(notes, a.secondGeneration(), "second-generation standard runtimes");
    note(notes, a.flexible(), "the flexible environment");
    return notes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", notes));
  }

  private static void note(List<String> notes, Status status, String where) {
    switch (status) {
      case NOT_APPLICABLE -> notes.add("Not used in " + where + " (ignored).");
      case REJECTED -> notes.add("Not supported in " + where + "; gcloud refuses it.");
      case DEPRECATED -> notes.add("Deprecated in " + where + ".");
      case ACCEPTED -> { }
    }
  }

  private static String reference(Element element, FileKind kind) {
    if (kind != FileKind.APP) {
      return Catalogs.reference(kind);
    }
    Availability a = element.availability();
    boolean standard = a.firstGeneration() != Status.NOT_APPLICABLE || a.secondGeneration() != Status.NOT_APPLICABLE;
    if (!standard) {
      return Catalogs.APP_FLEXIBLE;
    }
    return a.secondGeneration() == Status.NOT_APPLICABLE && a.flexible() == Status.NOT_APPLICABLE
        ? Catalogs.APP_LEGACY : Catalogs.APP_STANDARD;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
