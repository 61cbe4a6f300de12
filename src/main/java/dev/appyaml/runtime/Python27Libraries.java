package dev.appyaml.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The third-party libraries the {@code python27} runtime offers through {@code libraries:}
 * (spec Appendix B, taken from gcloud's validator). Names are case-sensitive.
 */
public final class Python27Libraries {

  /** One library: every version the validator accepts, and those it warns about. */
  public record Library(String name, List<String> versions, Set<String> deprecated) {

    public boolean supports(String version) {
      return versions.contains(version);
    }

    public boolean isDeprecated(String version) {
      return deprecated.contains(version);
    }

    /** The versions to recommend, in the table's order. */
    public List<String> nonDeprecated() {
      return versions.stream().filter(v -> !deprecated.contains(v)).toList();
    }
  }

  private static final Map<String, Library> BY_NAME = table(
      lib("clearsilver", "0.10.5"),
      lib("click", "6.6"),
      lib("django", "1.2 1.3 1.4 1.5 1.9 1.11", "1.2 1.3 1.5 1.9"),
      lib("enum", "0.9.23"),
      lib("endpoints", "1.0"),
      lib("flask", "0.12"),
      lib("futures", "3.0.5"),
      lib("grpcio", "1.0.0"),
      lib("itsdangerous", "0.24"),
      lib("jinja2", "2.6"),
      lib("lxml", "2.3 2.3.5 3.7.3", "2.3 2.3.5"),
      lib("markupsafe", "0.15 0.23"),
      lib("matplotlib", "1.2.0"),
      lib("MySQLdb", "1.2.4b4 1.2.4 1.2.5", "1.2.4b4 1.2.4"),
      lib("mysqlclient", "1.4.4"),
      lib("numpy", "1.6.1"),
      lib("PIL", "1.1.7"),
      lib("protorpc", "1.0"),
      lib("pytz", "2016.4 2017.2 2017.3", "2016.4 2017.2"),
      lib("crcmod", "1.7"),
      lib("protobuf", "3.0.0"),
      lib("psycopg2", "2.8.3"),
      lib("PyAMF", "0.6.1 0.7.2"),
      lib("pycrypto", "2.3 2.6 2.6.1", "2.3"),
      lib("setuptools", "0.6c11 36.6.0", "0.6c11"),
      lib("six", "1.9.0 1.12.0"),
      lib("ssl", "2.7 2.7.11 2.7.16 2.7.current", "2.7 2.7.16"),
      lib("ujson", "1.35"),
      lib("webapp2", "2.3 2.5.1 2.5.2", "2.5.1"),
      lib("webob", "1.1.1 1.2.3"),
      lib("werkzeug", "0.11.10"),
      lib("yaml", "3.10"));

  /**
   * What {@code version: latest} resolves to ({@code latest_version} in gcloud's table); not
   * always the newest supported version (Appendix B).
   */
  private static final Map<String, String> LATEST = Map.ofEntries(
      Map.entry("clearsilver", "0.10.5"), Map.entry("click", "6.6"), Map.entry("django", "1.4"),
      Map.entry("enum", "0.9.23"), Map.entry("endpoints", "1.0"), Map.entry("flask", "0.12"),
      Map.entry("futures", "3.0.5"), Map.entry("grpcio", "1.0.0"), Map.entry("itsdangerous", "0.24"),
      Map.entry("jinja2", "2.6"), Map.entry("lxml", "3.7.3"), Map.entry("markupsafe", "0.15"),
      Map.entry("matplotlib", "1.2.0"), Map.entry("MySQLdb", "1.2.5"), Map.entry("mysqlclient", "1.4.4"),
      Map.entry("numpy", "1.6.1"), Map.entry("PIL", "1.1.7"), Map.entry("protorpc", "1.0"),
      Map.entry("pytz", "2017.3"), Map.entry("crcmod", "1.7"), Map.entry("protobuf", "3.0.0"),
      Map.entry("psycopg2", "2.8.3"), Map.entry("PyAMF", "0.6.1"), Map.entry("pycrypto", "2.6"),
      Map.entry("setuptools", "36.6.0"), Map.entry("six", "1.12.0"), Map.entry("ssl", "2.7.11"),
      Map.entry("ujson", "1.35"), Map.entry("webapp2", "2.5.2"), Map.entry("webob", "1.2.3"),
      Map.entry("werkzeug", "0.11.10"), Map.entry("yaml", "3.10"));

  /** Versions gcloud's table marks experimental, as name@version. */
  private static final Set<String> EXPERIMENTAL = Set.of("grpcio@1.0.0", "protobuf@3.0.0", "PyAMF@0.7.2");

  private Python27Libraries() {}

  /** The version {@code latest} stands for. */
  public static Optional<String> latestVersion(String name) {
    return Optional.ofNullable(LATEST.get(name));
  }

  public static boolean isExperimental(String name, String version) {
    return EXPERIMENTAL.contains(name + "@" + version);
  }

  public static Optional<Library> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  private static Library lib(String name, String versions) {
    return lib(name, versions, "");
  }

  private static Library lib(String name, String versions, String deprecated) {
    return new Library(name, List.of(versions.split(" ")),
        deprecated.isEmpty() ? Set.of() : Set.of(deprecated.split(" ")));
  }

  private static Map<String, Library> table(Library... libraries) {
    Map<String, Library> byName = new LinkedHashMap<>();
    for (Library library : libraries) {
      byName.put(library.name(), library);
    }
    return java.util.Collections.unmodifiableMap(byName);
  }
}
