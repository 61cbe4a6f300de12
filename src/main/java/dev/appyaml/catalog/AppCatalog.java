package dev.appyaml.catalog;

import static dev.appyaml.catalog.ElementBuilder.bool;
import static dev.appyaml.catalog.ElementBuilder.decimal;
import static dev.appyaml.catalog.ElementBuilder.enumShape;
import static dev.appyaml.catalog.ElementBuilder.integer;
import static dev.appyaml.catalog.ElementBuilder.listOf;
import static dev.appyaml.catalog.ElementBuilder.object;
import static dev.appyaml.catalog.ElementBuilder.oneOf;
import static dev.appyaml.catalog.ElementBuilder.regexes;
import static dev.appyaml.catalog.ElementBuilder.spec;
import static dev.appyaml.catalog.ElementBuilder.stringMap;
import static dev.appyaml.catalog.ElementBuilder.text;
import static dev.appyaml.catalog.ElementBuilder.textShape;

/**
 * Every element of {@code app.yaml}: the single place where a fact about one key lives
 * (spec §3 element matrix, Appendix A regexes, and the per-key tables of §4–§10). Patterns are
 * Google's own, matched in full against Python's {@code str()} of the value.
 */
public final class AppCatalog {

  private AppCatalog() {}

  static final String NAME = "lowercase letters, digits and hyphens, 1 to 63 characters, not starting or ending with a hyphen";
  static final String MODULE_ID = "(?!-)[a-z\\d\\-]{0,62}[a-z\\d]";
  static final String RUNTIME = "(gs://[a-z0-9\\-\\._/]+)|([a-z][a-z0-9\\-\\.]{0,29})";
  static final String APPLICATION = "(?:[a-z\\d\\-]{1,100}\\~)?(?:(?!\\-)[a-z\\d\\-\\.]{1,100}:)?(?!-)[a-z\\d\\-]{0,99}[a-z\\d]";
  static final String URL = "(?!\\^)/.*|\\..*|(\\(.).*(?!\\$).";
  static final String URL_WORDS = "a pattern starting with /, . or ( (not ^), and not ending with $ when it starts with (";
  /**
   * gcloud's _EXPIRATION_REGEX {@code \s*([0-9]+)([DdHhMm]|[sS]?)(\s+([0-9]+)([DdHhMm]|[sS]?))*\s*},
   * written with possessive quantifiers: the same language, matched without backtracking or the
   * recursion java.util.regex uses for a repeated group (which overflows the stack on a long value).
   */
  public static final String EXPIRATION = "\\s*+[0-9]++[DdHhMmSs]?+(?:\\s++[0-9]++[DdHhMmSs]?+)*+\\s*+";
  /** gcloud's {@code [a-z\d-]+(/.+)*}: the repeated group collapses to one, as .+ takes slashes too. */
  public static final String CONNECTOR_NAME = "[a-z\\d-]+(?:/.+)?";
  /**
   * gcloud's {@code [a-z\d-]+(/[a-z\d-]+)*} without a repeated group (names separated by single
   * slashes), so that a long value neither recurses nor backtracks, and so that the JSON Schema
   * export can still translate it (ECMA-262 has no possessive quantifiers).
   */
  public static final String NETWORK_NAME = "(?!.*//)[a-z\\d-]+(?:/[a-z\\d/-]*[a-z\\d-])?";
  static final String EXPIRATION_WORDS = "numbers with units d, h, m or s separated by spaces, such as 4d 5h";
  static final String IDLE_INSTANCES = "([\\d]+|automatic)";
  static final String POSITIVE = "[1-9][\\d]*";
  static final String PENDING_LATENCY = "(\\d+((\\.\\d{1,3})?s|ms)|automatic)";
  static final String PENDING_LATENCY_WORDS = "a duration such as 30ms or 1.5s (at most 3 decimals, no space), or automatic";
  static final String ENV_KEY = "[a-zA-Z_][a-zA-Z0-9_]*";
  static final String ENV_KEY_WORDS = "a letter or underscore, then letters, digits or underscores";
  static final String GCE_NAME = "[a-z]([a-z\\d-]{0,61}[a-z\\d])?";
  static final String GCE_NAME_WORDS = "a lowercase letter, then up to 62 lowercase letters, digits or hyphens, not ending with a hyphen";

  static final ObjectSpec CPU_UTILIZATION = spec("cpu_utilization",
      decimal("target_utilization", 1e-6, 1.0, "GC-APPINFO:1676"),
      integer("aggregation_window_length_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1682"));

  static final ObjectSpec CUSTOM_METRIC = spec("a custom metric",
      text("metric_name", "\\S+", "a metric name without white space").required(),
      oneOf("target_type", "GAUGE", "DELTA_PER_SECOND", "DELTA_PER_MINUTE").required(),
      decimal("target_utilization"),
      decimal("single_instance_assignment"),
      text("filter"));

  static final ObjectSpec AUTOMATIC_SCALING = spec("automatic_scaling",
      integer("max_instances", 0, 2147483647, "D-STD; seed 003").doc("Maximum instances; 0 disables the setting."),
      integer("min_instances", 0, 1000, "D-STD; seed 003").doc("Instances kept running at all times."),
      text("max_idle_instances", IDLE_INSTANCES, "a whole number or automatic"),
      text("min_idle_instances", IDLE_INSTANCES, "a whole number or automatic"),
      decimal("target_cpu_utilization", 0.5, 0.95, "D-STD; seed 003"),
      decimal("target_throughput_utilization", 0.5, 0.95, "D-STD; seed 003"),
      text("max_concurrent_requests", POSITIVE, "a whole number of at least 1 without leading zeros"),
      text("max_pending_latency", PENDING_LATENCY, PENDING_LATENCY_WORDS),
      text("min_pending_latency", PENDING_LATENCY, PENDING_LATENCY_WORDS),
      integer("min_num_instances", 1, Long.MAX_VALUE, "GC-APPINFO:1769"),
      integer("max_num_instances", 1, Long.MAX_VALUE, "GC-APPINFO:1771"),
      integer("cool_down_period_sec", 60, Long.MAX_VALUE, "GC-APPINFO:1773"),
      object("cpu_utilization", CPU_UTILIZATION),
      integer("target_network_sent_bytes_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_network_sent_packets_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_network_received_bytes_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_network_received_packets_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_disk_write_bytes_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_disk_write_ops_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_disk_read_bytes_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_disk_read_ops_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_request_count_per_sec", 1, Long.MAX_VALUE, "GC-APPINFO:1785"),
      integer("target_concurrent_requests", 1, Long.MAX_VALUE, "GC-APPINFO:1803"),
      listOf("custom_metrics", new Shape.Obj(CUSTOM_METRIC)));

  static final ObjectSpec BASIC_SCALING = spec("basic_scaling",
      text("max_instances", POSITIVE, "a whole number of at least 1 without leading zeros").required(),
      text("idle_timeout", "[\\d]+(s|m)", "a whole number of seconds or minutes, such as 300s or 10m"));

  static final ObjectSpec MANUAL_SCALING = spec("manual_scaling",
      text("instances", POSITIVE, "a whole number of at least 1 without leading zeros").required());

  static final ObjectSpec HANDLER = spec("a handler",
      text("url", URL, URL_WORDS).required().doc("Regular expression matched against the request path."),
      text("static_files", ".+", "a non-empty path"),
      text("static_dir", ".+", "a non-empty path"),
      text("script"),
      oneOf("api_endpoint", "on", "off", "yes", "y", "True", "t", "1", "true", "no", "n", "False", "f", "0", "false"),
      text("upload", ".+", "a non-empty regular expression"),
      text("mime_type"),
      text("expiration", EXPIRATION, EXPIRATION_WORDS),
      bool("require_matching_file"),
      bool("application_readable"),
      stringMap("http_headers"),
      oneOf("login", "optional", "required", "admin").byDefault("optional"),
      oneOf("auth_fail_action", "redirect", "unauthorized").byDefault("redirect"),
      oneOf("secure", "optional", "never", "always", "default").byDefault("optional"),
      oneOf("redirect_http_response_code", "301", "302", "303", "307").byDefault("302"),
      oneOf("position", "head", "tail"));

  static final ObjectSpec ERROR_HANDLER = spec("an error handler",
      text("file", ".+", "a non-empty path").required(),
      oneOf("error_code", "default", "over_quota", "dos_api_denial", "timeout"),
      text("mime_type"));

  static final ObjectSpec LIBRARY = spec("a library",
      text("name").required(),
      text("version").required());

  static final ObjectSpec VPC_ACCESS_CONNECTOR = spec("vpc_access_connector",
      text("name", CONNECTOR_NAME, "a connector name or projects/PROJECT/locations/REGION/connectors/NAME").required(),
      oneOf("egress_setting", "all-traffic", "private-ranges-only").byDefault("private-ranges-only"));

  static final ObjectSpec NETWORK_INTERFACE = spec("network_interface",
      text("network"), text("subnet"), listOf("tags", textShape(GCE_NAME, GCE_NAME_WORDS)));

  static final ObjectSpec VPC_ACCESS = spec("vpc_access",
      object("network_interface", NETWORK_INTERFACE).required(),
      oneOf("vpc_egress", "all-traffic", "private-ranges-only").byDefault("private-ranges-only"));

  static final ObjectSpec VOLUME = spec("a volume",
      text("name", GCE_NAME, GCE_NAME_WORDS).required(),
      oneOf("volume_type", "tmpfs").required(),
      decimal("size_gb", 0.001, Double.POSITIVE_INFINITY, "D-FLEX").required());

  static final ObjectSpec RESOURCES = spec("resources",
      decimal("cpu"), decimal("memory_gb"), integer("disk_size_gb", 10, 10240, "D-FLEX"),
      listOf("volumes", new Shape.Obj(VOLUME)));

  static final ObjectSpec NETWORK = spec("network",
      text("name", NETWORK_NAME, "a network name"),
      text("subnetwork_name", GCE_NAME, GCE_NAME_WORDS),
      text("instance_tag", GCE_NAME, GCE_NAME_WORDS),
      bool("session_affinity"),
      listOf("forwarded_ports", textShape("[0-9]+(:[0-9]+)?(/(udp|tcp))?", "PORT or HOST:CONTAINER, optionally /tcp or /udp")),
      text("instance_ip_mode", "(EXTERNAL|external|INTERNAL|internal)", "external or internal"));

  static final ObjectSpec HEALTH_CHECK = spec("health_check",
      bool("enable_health_check"),
      integer("check_interval_sec", 0, Long.MAX_VALUE, "GC-APPINFO:1973"),
      integer("timeout_sec", 0, Long.MAX_VALUE, "GC-APPINFO:1973"),
      integer("unhealthy_threshold", 0, Long.MAX_VALUE, "GC-APPINFO:1973"),
      integer("healthy_threshold", 0, Long.MAX_VALUE, "GC-APPINFO:1973"),
      integer("restart_threshold", 0, Long.MAX_VALUE, "GC-APPINFO:1973"),
      text("host"));

  static final ObjectSpec LIVENESS_CHECK = spec("liveness_check",
      text("path"),
      integer("check_interval_sec", 1, 300, "D-FLEX"),
      integer("timeout_sec", 1, 300, "D-FLEX"),
      integer("failure_threshold", 1, 10, "D-FLEX"),
      integer("success_threshold", 1, 10, "D-FLEX"),
      integer("initial_delay_sec", 0, 3600, "D-FLEX"),
      text("host"));

  static final ObjectSpec READINESS_CHECK = spec("readiness_check",
      text("path"),
      integer("check_interval_sec", 1, 300, "D-FLEX"),
      integer("timeout_sec", 1, 300, "D-FLEX"),
      integer("failure_threshold", 1, 10, "D-FLEX"),
      integer("success_threshold", 1, 10, "D-FLEX"),
      integer("app_start_timeout_sec", 1, 1800, "D-FLEX"),
      text("host"));

  static final ObjectSpec ENDPOINTS_API_SERVICE = spec("endpoints_api_service",
      text("name", "\\S+", "a service name without white space").required(),
      oneOf("rollout_strategy", "fixed", "managed").byDefault("fixed"),
      text("config_id", "\\S+", "a configuration id without white space"),
      bool("trace_sampling"));

  static final ObjectSpec FLEXIBLE_RUNTIME_SETTINGS = spec("flexible_runtime_settings",
      text("operating_system", "[a-z0-9]+", "lowercase letters and digits, such as ubuntu22").required(),
      text("runtime_version"));

  static final ObjectSpec API_CONFIG = spec("api_config",
      text("url", URL, URL_WORDS).required(),
      text("script").required(),
      oneOf("login", "optional", "required", "admin"),
      oneOf("auth_fail_action", "redirect", "unauthorized"),
      oneOf("secure", "optional", "never", "always", "default"));

  static final ObjectSpec ADMIN_CONSOLE_PAGE = spec("an admin console page",
      text("name", ".+", "a non-empty name").required(), text("url", URL, URL_WORDS).required());

  static final ObjectSpec ADMIN_CONSOLE = spec("admin_console",
      listOf("pages", new Shape.Obj(ADMIN_CONSOLE_PAGE)));

  static final ObjectSpec BACKEND = spec("a backend",
      text("name", "(?!-)[a-z\\d\\-]{1,100}", "lowercase letters, digits and hyphens"),
      text("class", "[bB](1|2|4|8|4_1G)", "B1, B2, B4, B4_1G or B8"),
      integer("instances"), integer("max_concurrent_requests"),
      text("options", "[a-z, ]*", "a comma-separated list of public, dynamic, failfast"),
      text("start"), oneOf("state", "START", "STOP", "DISABLED"));

  public static final ObjectSpec APP = spec("app.yaml",
      text("runtime", RUNTIME, "a lowercase runtime id such as python312 (a letter, then up to 29 of a-z, 0-9, - and .)")
          .doc("Runtime of the service."),
      oneOf("env", "1", "2", "standard", "flex", "flexible").doc("standard (default) or flex.").byDefault("standard"),
      text("service", MODULE_ID, NAME).doc("Service name; omitted means default."),
      text("module", MODULE_ID, NAME).deprecated("service"),
      text("version", MODULE_ID, NAME),
      text("application", APPLICATION, "a project id"),
      text("project", APPLICATION, "a project id"),
      text("api_version", "[\\w.]{1,32}", "up to 32 letters, digits, underscores and dots").in("O - -"),
      bool("threadsafe").in("O O -"),
      text("entrypoint").in("O O O"),
      text("main", ".+", "a non-empty path").in("O O -"),
      text("instance_class").in("O O -"),
      object("automatic_scaling", AUTOMATIC_SCALING),
      object("basic_scaling", BASIC_SCALING).in("O O X"),
      object("manual_scaling", MANUAL_SCALING),
      listOf("handlers", new Shape.Obj(HANDLER)).in("O O -"),
      text("default_expiration", EXPIRATION, EXPIRATION_WORDS).in("O O -"),
      listOf("error_handlers", new Shape.Obj(ERROR_HANDLER)).in("O O -"),
      listOf("inbound_services", enumShape("mail", "mail_bounce", "xmpp_message", "xmpp_subscribe",
          "xmpp_presence", "xmpp_error", "channel_presence", "rest", "warmup")).in("O O -"),
      stringMap("env_variables", ENV_KEY, ENV_KEY_WORDS),
      stringMap("build_env_variables", ENV_KEY, ENV_KEY_WORDS).in("- O O"),
      text("service_account"),
      object("vpc_access_connector", VPC_ACCESS_CONNECTOR).in("O O -"),
      object("vpc_access", VPC_ACCESS).in("- O -"),
      bool("app_engine_apis").in("- O -"),
      listOf("app_engine_bundled_services", enumShape("app_identity_service", "blobstore",
          "capability_service", "datastore_v3", "deferred", "images", "mail", "memcache", "modules",
          "namespaces", "ndb", "search", "taskqueue", "urlfetch", "user")).in("- O -"),
      regexes("skip_files"),
      regexes("nobuild_files").in("O - -"),
      listOf("libraries", new Shape.Obj(LIBRARY)),
      listOf("builtins", new Shape.StringMap(java.util.Optional.empty(), "")).in("O - -"),
      listOf("includes", ElementBuilder.anyText()).in("O - -"),
      stringMap("runtime_config", ENV_KEY, ENV_KEY_WORDS).in("- - O"),
      object("flexible_runtime_settings", FLEXIBLE_RUNTIME_SETTINGS).in("- - O"),
      object("resources", RESOURCES).in("- - O"),
      object("network", NETWORK).in("- - O"),
      object("liveness_check", LIVENESS_CHECK).in("- - O"),
      object("readiness_check", READINESS_CHECK).in("- - O"),
      object("health_check", HEALTH_CHECK).in("- - D"),
      object("vm_health_check", HEALTH_CHECK).in("- - D"),
      stringMap("beta_settings", ENV_KEY, ENV_KEY_WORDS),
      stringMap("vm_settings", ENV_KEY, ENV_KEY_WORDS).in("D D D").deprecated("beta_settings"),
      bool("vm").in("D D D").deprecated("env: flex"),
      object("endpoints_api_service", ENDPOINTS_API_SERVICE).in("- - O"),
      object("api_config", API_CONFIG).in("O - -"),
      text("runtime_channel"),
      text("source_language", "[\\w.\\-]{1,32}", "up to 32 letters, digits, underscores, dots and hyphens").in("O - -"),
      listOf("derived_file_type", enumShape("java_precompiled", "python_precompiled")).in("O - -"),
      object("admin_console", ADMIN_CONSOLE).in("D - -"),
      listOf("backends", new Shape.Obj(BACKEND)).in("D - -"),
      oneOf("auto_id_policy", "default", "legacy").in("O - -"),
      bool("code_lock").in("O - -"),
      bool("standard_websocket").in("- O -"),
      listOf("zones", ElementBuilder.anyText()).in("- - D"));
}
