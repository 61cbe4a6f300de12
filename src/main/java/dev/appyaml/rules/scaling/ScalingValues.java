package dev.appyaml.rules.scaling;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text-typed scaling values the way the service understands them. */
final class ScalingValues {

  /** The standard instance classes (spec §7.1), automatic-scaling ones first. */
  static final List<String> F_CLASSES = List.of("F1", "F2", "F4", "F4_1G");
  static final List<String> B_CLASSES = List.of("B1", "B2", "B4", "B4_1G", "B8");

  private static final Pattern WHOLE = Pattern.compile("\\d+");
  private static final Pattern LATENCY = Pattern.compile("(\\d+(?:\\.\\d{1,3})?)(s|ms)");

  private ScalingValues() {}

  /** A whole number such as {@code 5} for an idle-instance count; empty for {@code automatic}. */
  static Optional<BigInteger> whole(String text) {
    return WHOLE.matcher(text).matches() ? Optional.of(new BigInteger(text)) : Optional.empty();
  }

  /**
   * A pending latency in whole milliseconds ({@code 30ms}, {@code 1.5s}: at most three decimals of
   * a second); empty for {@code automatic}. Exact without BigDecimal, whose initialisation is
   * milliseconds of a one-file run.
   */
  static Optional<BigInteger> millis(String text) {
    Matcher m = LATENCY.matcher(text);
    if (!m.matches() || m.group(2).equals("ms") && m.group(1).contains(".")) {
      return Optional.empty();
    }
    String amount = m.group(1);
    if (m.group(2).equals("s")) {
      int point = amount.indexOf('.');
      String decimals = point < 0 ? "" : amount.substring(point + 1);
      amount = (point < 0 ? amount : amount.substring(0, point)) + decimals + "000".substring(decimals.length());
    }
    return Optional.of(new BigInteger(amount));
  }

  /** The class as Google spells it, for a known class in any case: {@code f4_1g} gives {@code F4_1G}. */
  static Optional<String> knownClass(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    return F_CLASSES.contains(upper) || B_CLASSES.contains(upper) ? Optional.of(upper) : Optional.empty();
  }
}
