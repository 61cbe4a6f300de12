package dev.appyaml.rule;

import dev.appyaml.rules.flex.BuildFileWithLanguageRuntime;
import dev.appyaml.rules.flex.CloudSqlInstances;
import dev.appyaml.rules.flex.ConcurrentRequestsAboveNginx;
import dev.appyaml.rules.flex.CustomMetricTarget;
import dev.appyaml.rules.flex.CustomRuntimeBuildFile;
import dev.appyaml.rules.flex.DuplicateVolumeName;
import dev.appyaml.rules.flex.EndpointsConfigId;
import dev.appyaml.rules.flex.FlexCpu;
import dev.appyaml.rules.flex.FlexMemoryPerCore;
import dev.appyaml.rules.flex.FlexRuntimeMissing;
import dev.appyaml.rules.flex.FlexRuntimeName;
import dev.appyaml.rules.flex.ForwardedPort;
import dev.appyaml.rules.flex.ForwardedPortsFirewall;
import dev.appyaml.rules.flex.HealthCheckInterval;
import dev.appyaml.rules.flex.HealthCheckPath;
import dev.appyaml.rules.flex.InternalIpMode;
import dev.appyaml.rules.flex.LegacyAndSplitHealthChecks;
import dev.appyaml.rules.flex.LegacyPythonVersion;
import dev.appyaml.rules.flex.NetworkResourcePath;
import dev.appyaml.rules.flex.OperatingSystemRequired;
import dev.appyaml.rules.flex.RuntimeSettingsTwice;
import dev.appyaml.rules.flex.ServiceFileNotUploaded;
import dev.appyaml.rules.flex.StandardScalingKeysInFlex;
import dev.appyaml.rules.flex.SubnetworkWithoutNetwork;
import dev.appyaml.rules.flex.TooManyVolumes;
import dev.appyaml.rules.flex.UndocumentedScalingTarget;
import dev.appyaml.rules.flex.UnquotedRuntimeVersion;
import dev.appyaml.rules.flex.VolumeForPersistentData;
import dev.appyaml.rules.flex.VolumesExceedMemory;
import dev.appyaml.rules.handlers.AuthFailActionWithoutLogin;
import dev.appyaml.rules.handlers.CgiWithThreadsafe;
import dev.appyaml.rules.handlers.CorsOriginWithPath;
import dev.appyaml.rules.handlers.DefaultExpirationUnused;
import dev.appyaml.rules.handlers.ExpirationStyle;
import dev.appyaml.rules.handlers.HandlerTypeAttributes;
import dev.appyaml.rules.handlers.HttpHeaderName;
import dev.appyaml.rules.handlers.HttpHeaderValue;
import dev.appyaml.rules.handlers.InvalidRegex;
import dev.appyaml.rules.handlers.MalformedMimeType;
import dev.appyaml.rules.handlers.MimeTypeWithContentType;
import dev.appyaml.rules.handlers.NonPosixUrl;
import dev.appyaml.rules.handlers.PositionInAppYaml;
import dev.appyaml.rules.handlers.RedirectCodeWithoutSecure;
import dev.appyaml.rules.handlers.ReservedFormUrl;
import dev.appyaml.rules.handlers.ScriptNotAuto;
import dev.appyaml.rules.handlers.SecureNever;
import dev.appyaml.rules.handlers.StaticDirUrlGroups;
import dev.appyaml.rules.handlers.StaticFilesWithoutUpload;
import dev.appyaml.rules.handlers.LoginOnNodejs;
import dev.appyaml.rules.handlers.StaticPathAdvisory;
import dev.appyaml.rules.handlers.StaticPathMissing;
import dev.appyaml.rules.handlers.StaticWithoutDynamicHandler;
import dev.appyaml.rules.handlers.TooManyHandlers;
import dev.appyaml.rules.handlers.UndefinedBackReference;
import dev.appyaml.rules.handlers.UnreachableHandler;
import dev.appyaml.rules.identity.ApplicationAndProject;
import dev.appyaml.rules.identity.HostLabel;
import dev.appyaml.rules.identity.ProjectInFile;
import dev.appyaml.rules.identity.ReservedVersion;
import dev.appyaml.rules.identity.ServiceAndModule;
import dev.appyaml.rules.identity.ServiceNamedLikeVersion;
import dev.appyaml.rules.identity.ServiceOmitted;
import dev.appyaml.rules.identity.VersionInFile;
import dev.appyaml.rules.runtime.ApplicationReadableOnSecondGeneration;
import dev.appyaml.rules.runtime.CustomRuntimeWithoutEnv;
import dev.appyaml.rules.runtime.IncludeNotFound;
import dev.appyaml.rules.runtime.LegacyPythonRuntime;
import dev.appyaml.rules.runtime.LibrariesNeedPython27;
import dev.appyaml.rules.runtime.MissingRuntime;
import dev.appyaml.rules.runtime.MissingThreadsafe;
import dev.appyaml.rules.runtime.RuntimeLifecycle;
import dev.appyaml.rules.runtime.UnknownRuntime;
import dev.appyaml.rules.runtime.Python27InFlex;
import dev.appyaml.rules.runtime.Python27Library;
import dev.appyaml.rules.runtime.ThreadsafeOnSecondGeneration;
import dev.appyaml.rules.scaling.EmptyScalingBlock;
import dev.appyaml.rules.scaling.F1Concurrency;
import dev.appyaml.rules.scaling.FlexKeysInStandard;
import dev.appyaml.rules.scaling.FlexMinAboveMax;
import dev.appyaml.rules.scaling.IdleInstancesRange;
import dev.appyaml.rules.scaling.InstanceClassName;
import dev.appyaml.rules.scaling.InstanceClassScaling;
import dev.appyaml.rules.scaling.MaxConcurrentRequests;
import dev.appyaml.rules.scaling.MaxInstancesDefaultCap;
import dev.appyaml.rules.scaling.MaxInstancesZero;
import dev.appyaml.rules.scaling.MaxPendingLatencyLimit;
import dev.appyaml.rules.scaling.MinIdleAboveMaxIdle;
import dev.appyaml.rules.scaling.MinInstancesAboveMax;
import dev.appyaml.rules.scaling.MinLatencyAboveMax;
import dev.appyaml.rules.scaling.MultipleScalingBlocks;
import dev.appyaml.rules.scaling.WarmupMissing;
import dev.appyaml.rules.schema.DeprecatedElement;
import dev.appyaml.rules.schema.InvalidOption;
import dev.appyaml.rules.schema.MissingRequiredKey;
import dev.appyaml.rules.schema.NotABoolean;
import dev.appyaml.rules.schema.NotApplicable;
import dev.appyaml.rules.schema.OutOfRange;
import dev.appyaml.rules.schema.PatternMismatch;
import dev.appyaml.rules.schema.UnknownKey;
import dev.appyaml.rules.schema.WrongType;
import dev.appyaml.rules.yaml.AnchorsAndAliases;
import dev.appyaml.rules.yaml.DocumentCount;
import dev.appyaml.rules.yaml.DuplicateKey;
import dev.appyaml.rules.yaml.InputLimits;
import dev.appyaml.rules.yaml.RootMapping;
import dev.appyaml.rules.yaml.YamlSyntax;
import dev.appyaml.rules.suppress.SuppressionWithoutReason;
import dev.appyaml.rules.suppress.UnusedSuppression;
import dev.appyaml.rules.toplevel.SkipFilesOnSecondGeneration;
import dev.appyaml.rules.toplevel.SkipFilesRegex;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule, listed by hand: no classpath scanning, so start-up stays fast. Adding a rule is
 * one line here (a test checks ids are unique and every rule has docs and fixtures).
 */
public final class RuleRegistry {

  private static final List<Rule> ALL = List.<Rule>of(
          new YamlSyntax(),
          new DocumentCount(),
          new RootMapping(),
          new DuplicateKey(),
          new AnchorsAndAliases(),
          new InputLimits(),
          new UnusedSuppression(),
          new SuppressionWithoutReason(),
          new UnknownKey(),
          new WrongType(),
          new InvalidOption(),
          new OutOfRange(),
          new PatternMismatch(),
          new MissingRequiredKey(),
          new NotApplicable(),
          new DeprecatedElement(),
          new NotABoolean(),
          new VersionInFile(),
          new ReservedVersion(),
          new ProjectInFile(),
          new ApplicationAndProject(),
          new ServiceAndModule(),
          new HostLabel(),
          new ServiceOmitted(),
          new ServiceNamedLikeVersion(),
          new MissingRuntime(),
          new LegacyPythonRuntime(),
          new CustomRuntimeWithoutEnv(),
          new Python27InFlex(),
          new MissingThreadsafe(),
          new ThreadsafeOnSecondGeneration(),
          new ApplicationReadableOnSecondGeneration(),
          new LibrariesNeedPython27(),
          new Python27Library(),
          new IncludeNotFound(),
          new RuntimeLifecycle(),
          new UnknownRuntime(),
          new MultipleScalingBlocks(),
          new InstanceClassName(),
          new InstanceClassScaling(),
          new MinInstancesAboveMax(),
          new FlexMinAboveMax(),
          new MinIdleAboveMaxIdle(),
          new MinLatencyAboveMax(),
          new MaxConcurrentRequests(),
          new IdleInstancesRange(),
          new MaxPendingLatencyLimit(),
          new EmptyScalingBlock(),
          new MaxInstancesDefaultCap(),
          new MaxInstancesZero(),
          new WarmupMissing(),
          new F1Concurrency(),
          new FlexKeysInStandard(),
          new LoginOnNodejs(),
          new HandlerTypeAttributes(),
          new StaticFilesWithoutUpload(),
          new MimeTypeWithContentType(),
          new HttpHeaderName(),
          new HttpHeaderValue(),
          new UndefinedBackReference(),
          new InvalidRegex(),
          new NonPosixUrl(),
          new ScriptNotAuto(),
          new StaticWithoutDynamicHandler(),
          new TooManyHandlers(),
          new UnreachableHandler(),
          new ReservedFormUrl(),
          new PositionInAppYaml(),
          new CgiWithThreadsafe(),
          new SecureNever(),
          new RedirectCodeWithoutSecure(),
          new AuthFailActionWithoutLogin(),
          new StaticDirUrlGroups(),
          new MalformedMimeType(),
          new ExpirationStyle(),
          new DefaultExpirationUnused(),
          new CorsOriginWithPath(),
          new StaticPathAdvisory(),
          new FlexRuntimeMissing(),
          new FlexRuntimeName(),
          new CustomRuntimeBuildFile(),
          new BuildFileWithLanguageRuntime(),
          new ServiceFileNotUploaded(),
          new FlexCpu(),
          new FlexMemoryPerCore(),
          new TooManyVolumes(),
          new DuplicateVolumeName(),
          new VolumesExceedMemory(),
          new VolumeForPersistentData(),
          new NetworkResourcePath(),
          new SubnetworkWithoutNetwork(),
          new ForwardedPort(),
          new ForwardedPortsFirewall(),
          new InternalIpMode(),
          new HealthCheckPath(),
          new HealthCheckInterval(),
          new LegacyAndSplitHealthChecks(),
          new ConcurrentRequestsAboveNginx(),
          new CustomMetricTarget(),
          new StandardScalingKeysInFlex(),
          new UndocumentedScalingTarget(),
          new EndpointsConfigId(),
          new OperatingSystemRequired(),
          new UnquotedRuntimeVersion(),
          new LegacyPythonVersion(),
          new RuntimeSettingsTwice(),
          new CloudSqlInstances(),
          new StaticPathMissing(),
          new SkipFilesRegex(),
          new SkipFilesOnSecondGeneration())
      .stream().sorted(Comparator.comparing(r -> r.info().id())).toList();

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** Metadata of every id a finding can carry: the rules, and the internal-error id. */
  public static List<RuleInfo> metadata() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Rules.info(InternalError.class)), ALL.stream().map(Rule::info))
        .sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.info().id().equalsIgnoreCase(id) || r.info().name().equals(id)).findFirst();
  }
}
