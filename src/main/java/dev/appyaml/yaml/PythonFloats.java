package dev.appyaml.yaml;

import java.math.BigDecimal;

/** Python's {@code repr()} of a float, which is what {@code str()} prints in Python 3. */
final class PythonFloats {

  private PythonFloats() {}

  static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e16) {
      return new BigDecimal(d).toPlainString() + ".0";
    }
    // Java's shortest round-trip digits match Python's repr for ordinary magnitudes.
    String s = Double.toString(d);
    if (s.contains("E")) {
      BigDecimal bd = new BigDecimal(s);
      if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e16) {
        return bd.toPlainString();
      }
      String[] parts = s.split("E");
      int exp = Integer.parseInt(parts[1]);
      String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
      return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    return s;
  }
}
