package dev.appyaml.runtime;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runtime ids read as a family and a version ({@code python316} is Python 3.16). An id the table
 * does not list may be a plausible release that came out after the table was written
 * ({@code nodejs28}, {@code python316}, {@code go127}): not a mistake appyaml can prove, so it is
 * judged by the table's age, not as a typo; or a version that never was a runtime
 * ({@code nodejs23}), for which the nearest listed one is the likely intent.
 */
final class FamilyVersions {

  private static final Pattern ID = Pattern.compile("([a-z]+)([1-9][0-9]{0,3})");
  /** Releases that fit in the years a table may age: Node.js and Java gain about two majors a year. */
  private static final int MAJORS_AHEAD = 6;
  private static final int MINORS_AHEAD = 5;

  private FamilyVersions() {}

  /** A version as the id spells it: {@code python316} is 3.16, {@code nodejs26} is 26. */
  record Version(int major, int minor) implements Comparable<Version> {
    @Override
    public int compareTo(Version o) {
      return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }
  }

  /** The newest listed id of the same family when {@code id} is a plausible later release of it. */
  static Optional<String> newestBefore(String id, List<Runtime> standard) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    String family = m.group(1);
    Runtime newest = null;
    Version newestVersion = null;
    for (Runtime r : standard) {
      if (r.generation() != Generation.SECOND) {
        continue;
      }
      Optional<Version> v = versionOf(family, r.id());
      if (v.isPresent() && (newestVersion == null || v.get().compareTo(newestVersion) > 0)) {
        newest = r;
        newestVersion = v.get();
      }
    }
    Optional<Version> candidate = versionOf(family, id);
    if (newest == null || candidate.isEmpty() || candidate.get().compareTo(newestVersion) <= 0) {
      return Optional.empty();
    }
    if (family.equals("nodejs") && candidate.get().major() % 2 != 0) {
      return Optional.empty(); // App Engine offers only the even, long-term-support Node.js majors
    }
    return plausiblyNext(candidate.get(), newestVersion, majorOnly(family)) ? Optional.of(newest.id()) : Optional.empty();
  }

  /**
   * For a version of a listed family that was never a runtime ({@code nodejs23}), the listed,
   * generally available id of that family just above it, or the newest one below it.
   */
  static Optional<String> nearestListed(String id, List<Runtime> standard) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    String family = m.group(1);
    Optional<Version> wanted = versionOf(family, id);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Runtime above = null;
    Runtime below = null;
    for (Runtime r : standard) {
      Optional<Version> v = versionOf(family, r.id());
      if (r.generation() != Generation.SECOND || r.status() != Runtime.Status.GA || v.isEmpty()) {
        continue;
      }
      if (v.get().compareTo(wanted.get()) > 0 && (above == null || v.get().compareTo(versionOf(family, above.id()).get()) < 0)) {
        above = r;
      } else if (v.get().compareTo(wanted.get()) < 0 && (below == null || v.get().compareTo(versionOf(family, below.id()).get()) > 0)) {
        below = r;
      }
    }
    return Optional.ofNullable(above != null ? above : below).map(Runtime::id);
  }

  private static boolean plausiblyNext(Version candidate, Version newest, boolean majorOnly) {
    if (majorOnly) {
      return candidate.major() <= newest.major() + MAJORS_AHEAD;
    }
    return candidate.major() == newest.major() ? candidate.minor() <= newest.minor() + MINORS_AHEAD
        : candidate.major() == newest.major() + 1 && candidate.minor() <= MINORS_AHEAD;
  }

  private static Optional<Version> versionOf(String family, String id) {
    Matcher m = ID.matcher(id);
    if (!m.matches() || !m.group(1).equals(family)) {
      return Optional.empty();
    }
    String digits = m.group(2);
    if (majorOnly(family)) {
      return Optional.of(new Version(Integer.parseInt(digits), 0));
    }
    if (digits.length() < 2 || digits.length() > 3 || digits.length() == 3 && digits.charAt(1) == '0') {
      return Optional.empty();
    }
    return Optional.of(new Version(digits.charAt(0) - '0', Integer.parseInt(digits.substring(1))));
  }

  /** Node.js and Java number their runtimes by major version alone; the others by major and minor. */
  private static boolean majorOnly(String family) {
    return family.equals("nodejs") || family.equals("java");
  }
}
