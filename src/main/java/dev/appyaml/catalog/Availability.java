package dev.appyaml.catalog;

import dev.appyaml.model.Generation;
import dev.appyaml.model.Platform;
import java.util.Optional;

/**
 * Where an element is accepted, as one column per environment of the spec's element matrix (§3):
 * first-generation standard, second-generation standard, flexible.
 */
public record Availability(Status firstGeneration, Status secondGeneration, Status flexible) {

  /** One cell of the matrix. */
  public enum Status {
    /** O or R: accepted. */
    ACCEPTED,
    /** –: not applicable; ignored or silently dropped. */
    NOT_APPLICABLE,
    /** X: rejected; the deploy fails. */
    REJECTED,
    /** D: deprecated. */
    DEPRECATED
  }

  public static final Availability EVERYWHERE =
      new Availability(Status.ACCEPTED, Status.ACCEPTED, Status.ACCEPTED);

  /** Parses a compact matrix row such as {@code "O O -"} (std1, std2, flex). */
  public static Availability of(String row) {
    String[] cells = row.trim().split("\\s+");
    if (cells.length != 3) {
      throw new IllegalArgumentException("expected three cells: " + row);
    }
    return new Availability(status(cells[0]), status(cells[1]), status(cells[2]));
  }

  private static Status status(String cell) {
    return switch (cell) {
      case "O" -> Status.ACCEPTED;
      case "-" -> Status.NOT_APPLICABLE;
      case "X" -> Status.REJECTED;
      case "D" -> Status.DEPRECATED;
      default -> throw new IllegalArgumentException("unknown matrix cell " + cell);
    };
  }

  /**
   * The status that applies to a file, or empty when it cannot be told (a standard runtime we
   * do not know and the two generations disagree).
   */
  public Optional<Status> statusFor(Platform platform) {
    if (platform.environment().isFlexible()) {
      return Optional.of(flexible);
    }
    if (platform.generation() == Generation.FIRST) {
      return Optional.of(firstGeneration);
    }
    if (platform.generation() == Generation.SECOND) {
      return Optional.of(secondGeneration);
    }
    return firstGeneration == secondGeneration ? Optional.of(firstGeneration) : Optional.empty();
  }
}
