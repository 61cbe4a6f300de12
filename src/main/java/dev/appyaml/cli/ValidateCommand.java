package dev.appyaml.cli;

import dev.appyaml.config.Config;
import dev.appyaml.config.ConfigException;
import dev.appyaml.config.ConfigLoader;
import dev.appyaml.config.ConfigResolver;
import dev.appyaml.config.DeployTarget;
import dev.appyaml.config.RuleSelectors;
import dev.appyaml.config.Policy;
import dev.appyaml.report.Invocation;
import dev.appyaml.rule.Suppressed;
import dev.appyaml.report.OutputFormat;
import dev.appyaml.report.Palette;
import dev.appyaml.report.Report;
import dev.appyaml.report.Reporter;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code appyaml validate}. Its options are defined, and bound to the fields below, in
 * {@link ValidateCommandLine}.
 */
final class ValidateCommand implements Callable<Integer> {

  private final Main.Environment environment;
  private final PrintWriter out;
  private final PrintWriter err;

  // Set by ValidateCommandLine's options, through picocli or QuickCommandLine.
  List<String> files;
  OutputFormat format;
  List<String> outputs;
  FailOn failOn;
  String stdinFilename;
  String project;
  String version;
  String asOf;
  Colors.Mode color;
  FileKind kind;
  List<String> select;
  List<String> ignore;
  Path baseline;
  Path writeBaseline;
  boolean fix;
  boolean diff;
  boolean printConfig;
  boolean statistics;
  boolean noInlineSuppressions;
  List<String> include;
  List<String> exclude;
  boolean appEngineOnly;
  Path configFile;
  boolean noConfig;
  Integer jobsOption;
  boolean debug;

  /** The --config file, loaded once for every file of the run. */
  private Config givenConfig;

  /** Format names as users type them. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(OutputFormat.values()).map(OutputFormat::id).iterator();
    }
  }

  /** --color values as users type them. */
  static final class ColorNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Colors.Mode.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).iterator();
    }
  }

  /** --kind values as users type them. */
  static final class KindNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(FileKind.values()).map(FileKind::id).iterator();
    }
  }

  ValidateCommand(Main.Environment environment, PrintWriter out, PrintWriter err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    ReportFiles.parse(outputs);
    String cliProject = checked(project, DeployTarget::projectProblem, "--project");
    String cliVersion = checked(version, DeployTarget::versionProblem, "--version");
    Optional<LocalDate> cliAsOf = asOfDate();
    List<Rule> selected = selectedRules();
    Inputs inputs = new Inputs(Optional.ofNullable(kind), stdinFilename != null ? stdinFilename : "<stdin>",
        environment.stdin());
    ConfigResolver configs = new ConfigResolver(inputs.disk());
    Config.Run run = runConfig(configs).run();
    List<String> problems = new ArrayList<>();
    Map<Policy, Validator> validators = new HashMap<>();
    List<CheckRun.Job> jobs = new ArrayList<>();
    List<Inputs.Input> expanded = inputs.expand(files, Discovery.Filters.of(concat(include, run.include()),
        concat(exclude, run.exclude())), appEngineOnly);
    inputs.warnings().forEach(w -> err.println("appyaml: warning: " + w));
    ReportFiles.refuseInputs(outputs, expanded.stream().flatMap(i -> i.path().stream()).toList());
    for (Inputs.Input input : expanded) {
      if (input.problem() != null) {
        problems.add(input.problem());
        continue;
      }
      Config config = config(configs, input);
      if (printConfig) {
        new ConfigPrinter(givenSettings()).print(input.name(), input.path(), config, runConfig(configs),
            environment.today().toString(), out);
        continue;
      }
      Optional<Policy> policy = Policy.forFile(config, input.path());
      if (policy.isEmpty()) {
        if (files.contains(input.name())) {
          err.println("appyaml: " + input.name() + ": skipped: ignored by "
              + config.file().map(ValidateCommand::shown).orElse("the configuration"));
        }
        continue;
      }
      Validator validator = validators.computeIfAbsent(policy.get(), p -> new Validator(p.rules(selected),
          new ValidationOptions(
              Optional.ofNullable(cliProject).or(config::project),
              Optional.ofNullable(cliVersion).or(config::version),
              cliAsOf.or(config::asOf).orElse(environment.today()),
              !noInlineSuppressions && config.inlineSuppressions(),
              Optional.ofNullable(kind))));
      jobs.add(new CheckRun.Job(input, policy.get(), validator));
    }
    if (printConfig) {
      return problems.isEmpty() ? ExitCode.OK : ExitCode.USAGE_OR_IO;
    }
    // Cross-file rules see every file first; their findings are then settled with each file's own.
    CheckRun.Outcome outcome = new CheckRun(inputs, selected, new ValidationOptions(Optional.ofNullable(cliProject),
        Optional.ofNullable(cliVersion), cliAsOf.orElse(environment.today()), true, Optional.ofNullable(kind)),
        new DiskAppLayout(file -> declaredApps(configs, file), inputs.disk()))
        .run(jobs, threads(jobs.size()));
    problems.addAll(outcome.problems());
    problems.forEach(p -> err.println("appyaml: " + dev.appyaml.report.Printable.of(p)));
    List<SourceFile> sources = outcome.sources();
    List<Diagnostic> diagnostics = outcome.diagnostics();
    Map<String, SourceFile> sourceByName = new HashMap<>();
    sources.forEach(f -> sourceByName.putIfAbsent(f.displayPath(), f));
    BaselineStep.Outcome baselined = new BaselineStep(Optional.ofNullable(writeBaseline),
        Optional.ofNullable(baseline).or(run::baseline)).apply(diagnostics,
            name -> Optional.ofNullable(sourceByName.get(name)), err);
    List<Suppressed> hidden = new ArrayList<>(outcome.suppressed());
    hidden.addAll(baselined.hidden());
    Report report = new Report(sources, baselined.kept(), hidden, RuleRegistry.metadata(), ToolVersion.version(),
        Invocation.here(problems));
    if (diff || fix) {
      Map<String, Path> paths = new HashMap<>();
      jobs.forEach(job -> job.input().path().ifPresent(p -> paths.put(job.input().name(), p)));
      FixStep.Outcome fixed = FixStep.run(report, paths, fix && !diff, out);
      if (diff) {
        return fixed.files() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
      }
      err.println("appyaml: fixed " + fixed.findings() + (fixed.findings() == 1 ? " finding" : " findings")
          + " in " + fixed.files() + (fixed.files() == 1 ? " file" : " files"));
      fix = false;
      return call();
    }
    Palette palette = Colors.choose(color, environment.variables(), environment.interactive());
    OutputFormat stdoutFormat = format != null ? format
        : "true".equals(environment.variables().get("GITHUB_ACTIONS")) ? OutputFormat.GITHUB : OutputFormat.TEXT;
    if (statistics) {
      Statistics.write(report, out);
    } else {
      Reporter.of(stdoutFormat, palette).write(report, out);
    }
    ReportFiles.write(outputs, report);
    if (stdoutFormat == OutputFormat.GITHUB) {
      ReportFiles.appendJobSummary(environment.variables().get("GITHUB_STEP_SUMMARY"), report);
    }
    if (!problems.isEmpty()) {
      return ExitCode.USAGE_OR_IO;
    }
    FailOn threshold = failOn != null ? failOn
        : run.failOn().map(level -> FailOn.valueOf(level.toUpperCase(java.util.Locale.ROOT))).orElse(FailOn.ERROR);
    return threshold.failsOn(report) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private int threads(int fileCount) {
    if (jobsOption == null) {
      return FileTasks.defaultThreads(fileCount);
    }
    if (jobsOption < 1) {
      throw new Main.UsageException("--jobs " + jobsOption + " is not valid; expected a number of threads, at least 1");
    }
    return jobsOption;
  }

  private Config config(ConfigResolver configs, Inputs.Input input) {
    try {
      if (noConfig) {
        return Config.NONE;
      }
      if (configFile != null) {
        if (givenConfig == null) {
          givenConfig = ConfigLoader.load(configFile);
        }
        return givenConfig;
      }
      return input.path().isPresent() ? configs.forFile(input.path().get())
          : configs.forDirectory(Path.of("").toAbsolutePath());
    } catch (ConfigException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** --fail-on: which findings make the run fail. */
  enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    boolean failsOn(Report report) {
      return switch (this) {
        case ERROR -> report.count(Severity.ERROR) > 0;
        case WARNING -> report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
        case INFO -> !report.diagnostics().isEmpty();
        case NEVER -> false;
      };
    }
  }

  private List<Rule> selectedRules() {
    Optional<Set<String>> only = select == null || select.isEmpty() ? Optional.empty() : Optional.of(ids("--select", select));
    return RuleSelectors.apply(only, ignore == null ? Set.of() : ids("--ignore", ignore));
  }

  private static Set<String> ids(String option, List<String> selectors) {
    Set<String> ids = new TreeSet<>();
    for (String selector : selectors) {
      try {
        ids.addAll(RuleSelectors.ids(selector));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(option + " " + selector.strip() + ": " + e.getMessage());
      }
    }
    return ids;
  }

  /** The configuration that governs the run as a whole: --config, else the one for the working directory. */
  private Config runConfig(ConfigResolver configs) {
    try {
      if (noConfig) {
        return Config.NONE;
      }
      return configFile != null ? ConfigLoader.load(configFile) : configs.forDirectory(Path.of("").toAbsolutePath());
    } catch (ConfigException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  private List<Config.App> declaredApps(ConfigResolver configs, Path file) {
    try {
      return noConfig ? List.of() : configFile != null ? ConfigLoader.load(configFile).run().apps()
          : configs.forFile(file).run().apps();
    } catch (ConfigException e) {
      return List.of();
    }
  }

  /** The settings given as options, for --print-config. */
  private java.util.Map<String, String> givenSettings() {
    java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
    java.util.function.BiConsumer<String, Object> put = (key, value) -> {
      if (value != null) {
        given.put(key, value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
            : value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(value));
      }
    };
    put.accept("config", configFile);
    put.accept("project", project);
    put.accept("version", version);
    put.accept("as-of", asOf);
    put.accept("fail-on", failOn);
    put.accept("select", select);
    put.accept("ignore", ignore);
    put.accept("include", include);
    put.accept("exclude", exclude);
    put.accept("baseline", baseline);
    put.accept("inline-suppressions", noInlineSuppressions ? "false" : null);
    return given;
  }

  private static List<String> concat(List<String> cli, List<String> config) {
    List<String> all = new ArrayList<>(config);
    if (cli != null) {
      all.addAll(cli);
    }
    return all;
  }

  /** A configuration file as the user would name it from the working directory. */
  private static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return Path.of("").toAbsolutePath().relativize(absolute).toString();
    } catch (IllegalArgumentException e) {
      return absolute.toString();
    }
  }

  private Optional<LocalDate> asOfDate() {
    if (asOf == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf));
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("--as-of " + asOf + " is not a date; expected YYYY-MM-DD");
    }
  }

  private static String checked(String value, java.util.function.Function<String, Optional<String>> problem,
      String option) {
    if (value != null) {
      problem.apply(value).ifPresent(why -> {
        throw new Main.UsageException(option + " " + why);
      });
    }
    return value;
  }
}
