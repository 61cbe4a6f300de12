package dev.appyaml.rules.apphosting;

import dev.appyaml.rule.CheckedFile;
import dev.appyaml.source.Located;
import dev.appyaml.source.Range;

/** One runConfig value and the file it was written in, so that merged values keep their origin. */
record Setting<T>(String key, T value, Range range, CheckedFile file) {

  static <T> Setting<T> of(String key, Located<T> located, CheckedFile file) {
    return new Setting<>(key, located.value(), located.range(), file);
  }

  /** Where it was written, for messages: {@code apphosting.yaml line 3}. */
  String origin() {
    return AppHostingFiles.name(file) + " line " + range.start().line();
  }

  /** The value as a message shows it: {@code 4}, {@code 0.5}, {@code true}. */
  String shown() {
    if (value instanceof Double d && !Double.isFinite(d)) {
      return Double.isNaN(d) ? ".nan" : d > 0 ? ".inf" : "-.inf";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d)
          : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
