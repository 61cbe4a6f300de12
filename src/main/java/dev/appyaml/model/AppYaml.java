package dev.appyaml.model;

import dev.appyaml.source.Located;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code app.yaml} (or any service file) as typed, located values: every element of the
 * spec's element matrix (§3). Rarely used legacy blocks keep their raw node.
 */
public record AppYaml(
    MappingNode root,
    Identity identity,
    Optional<Located<String>> runtime,
    Optional<Located<String>> env,
    Optional<Located<Boolean>> vm,
    Optional<Located<String>> entrypoint,
    Optional<Located<String>> main,
    Optional<Located<String>> apiVersion,
    Optional<Located<ScalarNode>> threadsafe,
    Optional<Located<String>> runtimeChannel,
    Optional<Located<String>> instanceClass,
    Scaling scaling,
    Optional<Located<List<Located<Handler>>>> handlers,
    Optional<Located<String>> defaultExpiration,
    Optional<Located<List<Located<ErrorHandler>>>> errorHandlers,
    Optional<Located<List<Located<String>>>> inboundServices,
    Optional<Located<Map<Located<String>, Located<String>>>> envVariables,
    Optional<Located<Map<Located<String>, Located<String>>>> buildEnvVariables,
    Optional<Located<String>> serviceAccount,
    Optional<Located<VpcAccessConnector>> vpcAccessConnector,
    Optional<Located<YamlNode>> vpcAccess,
    Optional<Located<Boolean>> appEngineApis,
    Optional<Located<List<Located<String>>>> appEngineBundledServices,
    Optional<Located<YamlNode>> skipFiles,
    Optional<Located<YamlNode>> nobuildFiles,
    Optional<Located<List<Located<Library>>>> libraries,
    Optional<Located<YamlNode>> builtins,
    Optional<Located<List<Located<String>>>> includes,
    Flexible flexible,
    Optional<Located<Map<Located<String>, Located<String>>>> betaSettings) {

  /** Who the deployment is: {@code service}/{@code module}, and the fields gcloud refuses. */
  public record Identity(
      Optional<Located<String>> service,
      Optional<Located<String>> module,
      Optional<Located<String>> version,
      Optional<Located<String>> application,
      Optional<Located<String>> project) {

    /** The service name as deployed: {@code service}, else {@code module}, else default. */
    public String effectiveService() {
      return service.or(() -> module).map(Located::value).orElse("default");
    }
  }

  /** The three scaling blocks; at most one should be present. */
  public record Scaling(
      Optional<Located<AutomaticScaling>> automatic,
      Optional<Located<BasicScaling>> basic,
      Optional<Located<ManualScaling>> manual) {}

  /** Elements of the flexible environment (spec §10). */
  public record Flexible(
      Optional<Located<Resources>> resources,
      Optional<Located<Network>> network,
      Optional<Located<HealthCheck>> livenessCheck,
      Optional<Located<HealthCheck>> readinessCheck,
      Optional<Located<HealthCheck>> healthCheck,
      Optional<Located<Map<Located<String>, Located<String>>>> runtimeConfig,
      Optional<Located<YamlNode>> flexibleRuntimeSettings,
      Optional<Located<EndpointsApiService>> endpointsApiService) {}

  /** Binds a root mapping; never fails, whatever the mapping holds. */
  public static AppYaml bind(MappingNode root) {
    Fields f = Fields.of(root);
    return new AppYaml(
        root,
        new Identity(f.str("service"), f.str("module"), f.str("version"), f.str("application"), f.str("project")),
        f.str("runtime"),
        f.str("env"),
        f.bool("vm"),
        f.str("entrypoint"),
        f.str("main"),
        f.str("api_version"),
        f.scalar("threadsafe"),
        f.str("runtime_channel"),
        f.str("instance_class"),
        new Scaling(
            f.object("automatic_scaling", AutomaticScaling::bind),
            f.object("basic_scaling", BasicScaling::bind),
            f.object("manual_scaling", ManualScaling::bind)),
        f.list("handlers", n -> Fields.of(n).flatMap(Handler::bind)),
        f.str("default_expiration"),
        f.list("error_handlers", n -> Fields.of(n).flatMap(ErrorHandler::bind)),
        f.strings("inbound_services"),
        f.stringMap("env_variables"),
        f.stringMap("build_env_variables"),
        f.str("service_account"),
        f.object("vpc_access_connector", VpcAccessConnector::bind),
        f.raw("vpc_access"),
        f.bool("app_engine_apis"),
        f.strings("app_engine_bundled_services"),
        f.raw("skip_files"),
        f.raw("nobuild_files"),
        f.list("libraries", n -> Fields.of(n).flatMap(Library::bind)),
        f.raw("builtins"),
        f.strings("includes"),
        new Flexible(
            f.object("resources", Resources::bind),
            f.object("network", Network::bind),
            f.object("liveness_check", HealthCheck::bind),
            f.object("readiness_check", HealthCheck::bind),
            f.object("health_check", HealthCheck::bind).or(() -> f.object("vm_health_check", HealthCheck::bind)),
            f.stringMap("runtime_config"),
            f.raw("flexible_runtime_settings"),
            f.object("endpoints_api_service", EndpointsApiService::bind)),
        f.stringMap("beta_settings"));
  }

  /** Handlers in order, or none. */
  public List<Located<Handler>> handlerList() {
    return handlers.map(Located::value).orElse(List.of());
  }
}
