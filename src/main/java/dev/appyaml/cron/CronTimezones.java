package dev.appyaml.cron;

import dev.appyaml.text.Order;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the {@code timezone} of a {@code cron.yaml} job (spec CRN-009): it must be a tz database
 * ("zoneinfo") name such as {@code America/New_York} or a legacy alias such as {@code
 * Australia/NSW}. Names come from the JDK ({@link ZoneId#getAvailableZoneIds()}) plus the few tz
 * database names the JDK leaves out. UTC offsets ({@code +05:00}, {@code UTC+5}) and abbreviations
 * ({@code PST}, {@code CEST}) are not zone names and are reported, with a zone to use instead.
 */
public final class CronTimezones {

  /**
   * tz database names that pytz (used by the App Engine SDK check) knows but the JDK's list lacks:
   * {@code EST}, {@code MST}, {@code HST} (the JDK maps them to fixed offsets), {@code GMT+0} and
   * {@code GMT-0} (JDK ids cannot contain a sign there), and zones newer than this JDK's tzdata.
   */
  private static final Set<String> NOT_IN_JDK = Set.of("EST", "MST", "HST", "GMT+0", "GMT-0", "America/Coyhaique");

  /** Common abbreviations that are not zone names, and a zone that uses each. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
          Map.entry("MDT", "America/Denver"), Map.entry("CST", "America/Chicago"),
          Map.entry("CDT", "America/Chicago"), Map.entry("EDT", "America/New_York"),
          Map.entry("AKST", "America/Anchorage"), Map.entry("AKDT", "America/Anchorage"),
          Map.entry("HDT", "Pacific/Honolulu"), Map.entry("BST", "Europe/London"),
          Map.entry("IST", "Asia/Kolkata"), Map.entry("CEST", "Europe/Paris"),
          Map.entry("EEST", "Europe/Athens"), Map.entry("WEST", "Europe/Lisbon"),
          Map.entry("MSK", "Europe/Moscow"), Map.entry("JST", "Asia/Tokyo"),
          Map.entry("KST", "Asia/Seoul"), Map.entry("SGT", "Asia/Singapore"),
          Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
          Map.entry("ACST", "Australia/Adelaide"), Map.entry("AWST", "Australia/Perth"),
          Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"),
          Map.entry("BRT", "America/Sao_Paulo"), Map.entry("ART", "America/Argentina/Buenos_Aires"));

  private static final Pattern OFFSET =
      Pattern.compile("(?i)(?:UTC|GMT|Z)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|Z");
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
  private static final String EXAMPLE = "a tz database name such as America/New_York";
  /** Longer input is not compared for suggestions; the longest zone name has about 30 chars. */
  private static final int MAX_COMPARED = 64;

  private CronTimezones() {}

  /** Known names, sorted; loaded on first use. */
  private static final class Zones {
    static final Set<String> NAMES = load();
    static final Map<String, String> BY_LOWER_CASE = byLowerCase();

    private static Set<String> load() {
      Set<String> names = new TreeSet<>(ZoneId.getAvailableZoneIds());
      names.addAll(NOT_IN_JDK);
      return names;
    }

    private static Map<String, String> byLowerCase() {
      Map<String, String> map = new HashMap<>();
      NAMES.forEach(n -> map.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
      return map;
    }
  }

  /**
   * A problem with {@code tz} as a cron {@code timezone}, or empty when it is a known tz database
   * name. A name that differs from a known one only in case is reported too: the App Engine SDK's
   * pytz check would accept it, Google's scheduler may not, and the exact spelling is safe.
   */
  public static Optional<String> check(String tz) {
    if (tz == null || tz.isEmpty()) {
      return Optional.of("timezone is empty; expected " + EXAMPLE);
    }
    if (Zones.NAMES.contains(tz)) {
      return Optional.empty();
    }
    String quoted = Text.quote(tz);
    String trimmed = tz.strip();
    if (!trimmed.equals(tz) && Zones.NAMES.contains(trimmed)) {
      return Optional.of("timezone " + quoted + " has spaces around it; expected " + trimmed);
    }
    String sameIgnoringCase = Zones.BY_LOWER_CASE.get(trimmed.toLowerCase(Locale.ROOT));
    if (sameIgnoringCase != null) {
      return Optional.of("timezone " + quoted + " differs in case from the tz database name; expected " + sameIgnoringCase);
    }
    Matcher offset = OFFSET.matcher(trimmed);
    if (offset.matches()) {
      return Optional.of("timezone " + quoted + " is a utc offset, not a tz database name; expected " + forOffset(offset));
    }
    String zone = ABBREVIATIONS.get(trimmed.toUpperCase(Locale.ROOT));
    if (zone != null || ABBREVIATION.matcher(trimmed).matches()) {
      return Optional.of("timezone " + quoted + " is an abbreviation, not a tz database name; expected "
          + (zone == null ? EXAMPLE : "a zone name such as " + zone));
    }
    return Optional.of("unknown timezone " + quoted + "; expected " + suggestion(trimmed)
        .map(s -> "a tz database name (did you mean '" + s + "')")
        .orElse(EXAMPLE));
  }

  /** {@code Etc/GMT-5} for {@code +05:00} (the Etc names invert the sign), or a general example. */
  private static String forOffset(Matcher offset) {
    if (offset.group(1) == null) {
      return "UTC";
    }
    int hours = Integer.parseInt(offset.group(2));
    boolean wholeHours = offset.group(3) == null || offset.group(3).equals("00");
    if (hours == 0 && wholeHours) {
      return "UTC";
    }
    String etc = "Etc/GMT" + (offset.group(1).equals("+") ? "-" : "+") + hours;
    if (wholeHours && Zones.NAMES.contains(etc)) {
      return etc + " (the Etc/GMT names invert the sign) or a city zone that observes daylight saving";
    }
    return "a city zone with that offset (for example Asia/Kolkata for +05:30)";
  }

  /**
   * The closest known name within edit distance 2 (1 for names of up to 4 chars), else a zone
   * whose city part matches ({@code new york} gives {@code America/New_York}).
   */
  private static Optional<String> suggestion(String tz) {
    if (tz.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    String lower = tz.toLowerCase(Locale.ROOT);
    int limit = tz.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = limit + 1;
    for (String name : Zones.NAMES) {
      int d = Suggest.distance(lower, name.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    String city = lower.substring(lower.lastIndexOf('/') + 1).replace(' ', '_');
    List<String> sameCity = new ArrayList<>();
    for (String name : Zones.NAMES) {
      if (name.substring(name.lastIndexOf('/') + 1).equalsIgnoreCase(city)) {
        sameCity.add(name);
      }
    }
    return sameCity.stream().min(Order.by((String n) -> !isRegion(n)).then((String n) -> n));
  }

  /** Whether the name is a current continent/ocean zone rather than a legacy alias. */
  private static boolean isRegion(String name) {
    return name.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");
  }
}
