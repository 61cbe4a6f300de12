package dev.appyaml.yaml;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/** Google's conversions of a scalar: Python's {@code int()}, {@code float()} and {@code bool()}. */
public final class Scalars {

  /** What float() reads as a plain decimal; written so that no two quantifiers compete for a digit. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?");

  private Scalars() {}

  /** {@code int()}: integers, strings of digits, and floats (truncated). */
  public static Optional<Long> toLong(ScalarNode s) {
    try {
      return switch (s.type()) {
        case INT -> Optional.of(((BigInteger) s.value()).longValueExact());
        case FLOAT -> Double.isFinite((Double) s.value())
            ? Optional.of((long) (double) (Double) s.value()) : Optional.empty();
        case BOOL -> Optional.of((Boolean) s.value() ? 1L : 0L);
        case STRING -> Optional.of(Long.parseLong(s.text().strip()));
        default -> Optional.empty();
      };
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code float()}: numbers and numeric strings. */
  public static Optional<Double> toDouble(ScalarNode s) {
    try {
      return switch (s.type()) {
        case INT -> Optional.of(((BigInteger) s.value()).doubleValue());
        case FLOAT -> Optional.of((Double) s.value());
        case BOOL -> Optional.of((Boolean) s.value() ? 1.0 : 0.0);
        case STRING -> DECIMAL.matcher(s.text().strip()).matches()
            ? Optional.of(Double.parseDouble(s.text().strip())) : Optional.empty();
        default -> Optional.empty();
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code bool()}: every non-empty string is true, even "false". */
  public static boolean pythonBool(ScalarNode s) {
    return switch (s.type()) {
      case BOOL -> (Boolean) s.value();
      case NULL -> false;
      case INT -> ((BigInteger) s.value()).signum() != 0;
      case FLOAT -> (Double) s.value() != 0.0;
      case STRING, TIMESTAMP -> !s.text().isEmpty();
    };
  }
}
