package dev.appyaml.deploy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A retry age limit ({@code job_age_limit} in cron.yaml, {@code task_age_limit} in queue.yaml) as
 * two readers of {@code gcloud app deploy} see it. The file's validator takes anything whose last
 * character is a unit and whose rest Python's {@code float()} reads ({@code 1e3s}, {@code +5s},
 * {@code " 5s"}, {@code 5.s}); the pre-deploy check that runs next converts the value to seconds
 * only when it is a plain number and a unit, and otherwise fails with a {@code ValueError}.
 */
public record TimeValue(BigDecimal amount, char unit, boolean plain) {

  private static final int MAX_DIGITS = 40;
  /**
   * Longer than any age limit a person writes (the service caps them at a few years); past it the
   * catalog's pattern rule reports the value, and the number is never converted (a 7,600-digit
   * value made the checks take seconds).
   */
  private static final int MAX_TEXT = 64;
  /** What the pre-deploy check converts; Python's {@code $} also matches before a final line feed. */
  private static final Pattern PLAIN = Pattern.compile("(\\d+(\\.\\d+)?|\\.\\d+)[smhd]\\n?");
  /** What Python's {@code float()} reads in the part before the unit (the forms the catalog accepts). */
  private static final Pattern FLOAT = Pattern.compile("\\s*\\+?((?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*");

  /** The value as the file's validator reads it, or empty where that validator refuses it. */
  public static Optional<TimeValue> parse(String text) {
    if (text.length() > MAX_TEXT) {
      return Optional.empty();
    }
    String body = text.endsWith("\n") && PLAIN.matcher(text).matches() ? text.substring(0, text.length() - 1) : text;
    if (body.isEmpty() || "smhd".indexOf(body.charAt(body.length() - 1)) < 0) {
      return Optional.empty();
    }
    Matcher m = FLOAT.matcher(body.substring(0, body.length() - 1));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TimeValue(new BigDecimal(m.group(1)), body.charAt(body.length() - 1),
          PLAIN.matcher(text).matches()));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Whole seconds, as the pre-deploy check truncates them. */
  public BigDecimal seconds() {
    return amount.multiply(BigDecimal.valueOf(secondsIn(unit)));
  }

  /** Seconds in one of gcloud's time units: s, m, h or d. */
  public static long secondsIn(char unit) {
    return switch (unit) {
      case 'm' -> 60;
      case 'h' -> 3600;
      case 'd' -> 86400;
      default -> 1;
    };
  }

  public boolean underOneSecond() {
    return seconds().compareTo(BigDecimal.ONE) < 0;
  }

  /**
   * The same duration in the form the pre-deploy check reads ({@code 1e3s} is {@code 1000s}), or
   * empty where writing it out would take more than a few dozen digits.
   */
  public Optional<String> plainForm() {
    BigDecimal a = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    if (a.scale() > MAX_DIGITS || a.precision() - a.scale() > MAX_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(a.toPlainString() + unit);
  }
}
