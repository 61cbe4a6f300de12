package dev.appyaml.rule;

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
import dev.appyaml.rules.handlers.StaticPathAdvisory;
import dev.appyaml.rules.handlers.StaticWithoutDynamicHandler;
import dev.appyaml.rules.handlers.TooManyHandlers;
import dev.appyaml.rules.handlers.UndefinedBackReference;
import dev.appyaml.rules.handlers.UnreachableHandler;
import dev.appyaml.rules.identity.ApplicationAndProject;
import dev.appyaml.rules.identity.HostLabel;
import dev.appyaml.rules.identity.ProjectInFile;
import dev.appyaml.rules.identity.ReservedVersion;
import dev.appyaml.rules.identity.ServiceAndModule;
import dev.appyaml.rules.identity.VersionInFile;
import dev.appyaml.rules.runtime.ApplicationReadableOnSecondGeneration;
import dev.appyaml.rules.runtime.CustomRuntimeWithoutEnv;
import dev.appyaml.rules.runtime.IncludeNotFound;
import dev.appyaml.rules.runtime.LegacyPythonRuntime;
import dev.appyaml.rules.runtime.LibrariesNeedPython27;
import dev.appyaml.rules.runtime.MissingRuntime;
import dev.appyaml.rules.runtime.MissingThreadsafe;
import dev.appyaml.rules.runtime.Python27InFlex;
import dev.appyaml.rules.runtime.Python27Library;
import dev.appyaml.rules.runtime.ThreadsafeOnSecondGeneration;
import dev.appyaml.rules.scaling.EmptyScalingBlock;
import dev.appyaml.rules.scaling.F1Concurrency;
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
import dev.appyaml.rules.cron.BackoffOrder;
import dev.appyaml.rules.cron.DuplicateJob;
import dev.appyaml.rules.cron.EmptyCronList;
import dev.appyaml.rules.cron.EmptyRetryParameters;
import dev.appyaml.rules.cron.ScheduleSyntax;
import dev.appyaml.rules.cron.ScheduleTimezone;
import dev.appyaml.rules.cron.TooManyCronJobs;
import dev.appyaml.rules.cron.UnknownTarget;
import dev.appyaml.rules.dispatch.AhPath;
import dev.appyaml.rules.dispatch.CronRoutedByDispatch;
import dev.appyaml.rules.dispatch.DispatchTarget;
import dev.appyaml.rules.dispatch.EmptyDispatch;
import dev.appyaml.rules.dispatch.HostPattern;
import dev.appyaml.rules.dispatch.Ipv4Host;
import dev.appyaml.rules.dispatch.PathWildcard;
import dev.appyaml.rules.dispatch.QueryOrFragment;
import dev.appyaml.rules.dispatch.TooManyDispatchRules;
import dev.appyaml.rules.dispatch.UnknownService;
import dev.appyaml.rules.dispatch.UnreachableRule;
import dev.appyaml.rules.dispatch.UrlSyntax;
import dev.appyaml.rules.dispatch.UrlTooLong;
import dev.appyaml.rules.neighbours.ApplicationKey;
import dev.appyaml.rules.neighbours.FileKindMismatch;
import dev.appyaml.rules.neighbours.NotValidated;
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
          new FileKindMismatch(),
          new NotValidated(),
          new ApplicationKey(),
          new EmptyDispatch(),
          new TooManyDispatchRules(),
          new UrlSyntax(),
          new HostPattern(),
          new Ipv4Host(),
          new PathWildcard(),
          new UrlTooLong(),
          new DispatchTarget(),
          new AhPath(),
          new UnreachableRule(),
          new QueryOrFragment(),
          new UnknownService(),
          new CronRoutedByDispatch(),
          new ScheduleSyntax(),
          new ScheduleTimezone(),
          new EmptyCronList(),
          new TooManyCronJobs(),
          new DuplicateJob(),
          new BackoffOrder(),
          new EmptyRetryParameters(),
          new UnknownTarget(),
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
