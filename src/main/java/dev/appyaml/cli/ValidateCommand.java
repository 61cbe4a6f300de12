package dev.appyaml.cli;

import dev.appyaml.config.Config;
import dev.appyaml.config.ConfigException;
import dev.appyaml.config.ConfigLoader;
import dev.appyaml.config.ConfigResolver;
import dev.appyaml.config.Policy;
import dev.appyaml.report.OutputFormat;
import dev.appyaml.report.Palette;
import dev.appyaml.report.Report;
import dev.appyaml.report.Reporter;
import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Rule;
import dev.appyaml.rule.RuleRegistry;
import dev.appyaml.rule.Severity;
import dev.appyaml.rule.ValidationOptions;
import dev.appyaml.rule.Validator;
import dev.appyaml.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    description = "Checks configuration files and reports every problem with its exact position.",
    usageHelpAutoWidth = true,
    footer = {"", "Exit codes: 0 no errors, 1 errors found, 2 usage or I/O problem, 3 internal error."})
final class ValidateCommand implements Callable<Integer> {

  private static final Pattern VERSION_ID = Pattern.compile("(?!-)[a-z\\d\\-]{0,62}[a-z\\d]");
  private static final Pattern PROJECT_ID =
      Pattern.compile("(?:[a-z\\d\\-]{1,100}~)?(?:(?!-)[a-z\\d\\-.]{1,100}:)?(?!-)[a-z\\d\\-]{0,99}[a-z\\d]");

  private final Main.Environment environment;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files or directories to check; - reads standard input.")
  List<String> files;

  @Option(names = "--format", paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "Output format on standard output: ${COMPLETION-CANDIDATES}"
          + " (default: github when GITHUB_ACTIONS=true, else text).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FORMAT=FILE",
      description = "Also write the report in FORMAT to FILE (repeatable), e.g. sarif=appyaml.sarif.")
  List<String> outputs;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Lowest severity that makes the exit status 1: error, warning, info or never"
          + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Name to report standard input under, and to pick its kind by.")
  String stdinFilename;

  @Option(names = "--project", paramLabel = "ID",
      description = "Google Cloud project id to deploy to, as gcloud's --project.")
  String project;

  @Option(names = "--version", paramLabel = "ID",
      description = "App Engine version id to deploy as, as gcloud app deploy's --version.")
  String version;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Date that date-dependent rules judge by (default: today).")
  String asOf;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      completionCandidates = ColorNames.class,
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
          + " auto honours NO_COLOR and FORCE_COLOR.")
  Colors.Mode color;

  @Option(names = "--kind", paramLabel = "KIND", completionCandidates = KindNames.class,
      description = "Check every file as this kind: ${COMPLETION-CANDIDATES} (default: from each file's name).")
  FileKind kind;

  @Option(names = "--select", paramLabel = "RULE", split = ",",
      description = "Run only these rules (ids such as AY105 or names such as pattern-mismatch).")
  List<String> select;

  @Option(names = "--no-inline-suppressions",
      description = "Ignore # appyaml: disable=... comments (for teams that forbid them).")
  boolean noInlineSuppressions;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "In directories, also check files matching GLOB (repeatable), e.g. 'deploy/*.yaml'.")
  List<String> include;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "In directories, skip files and folders matching GLOB (repeatable), e.g. 'vendor/**'.")
  List<String> exclude;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Use this configuration file instead of searching for .appyaml.yaml.")
  Path configFile;

  @Option(names = "--no-config", description = "Ignore .appyaml.yaml files.")
  boolean noConfig;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

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

  ValidateCommand(Main.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ReportFiles.parse(outputs);
    String cliProject = checked(project, PROJECT_ID, "--project", "a project id such as my-project");
    String cliVersion = checked(version, VERSION_ID, "--version", "lowercase letters, digits and hyphens (at most 63)");
    Optional<LocalDate> cliAsOf = asOfDate();
    List<Rule> selected = selectedRules();
    ConfigResolver configs = new ConfigResolver();
    List<SourceFile> sources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Loaded> loaded = new ArrayList<>();
    boolean inputProblem = false;
    Inputs inputs = new Inputs(Optional.ofNullable(kind), stdinFilename != null ? stdinFilename : "<stdin>",
        environment.stdin());
    List<Inputs.Input> expanded = inputs.expand(files, Discovery.Filters.of(include, exclude));
    inputs.warnings().forEach(w -> spec.commandLine().getErr().println("appyaml: warning: " + w));
    ReportFiles.refuseInputs(outputs, expanded.stream().flatMap(i -> i.path().stream()).toList());
    for (Inputs.Input input : expanded) {
      if (input.problem() != null) {
        spec.commandLine().getErr().println("appyaml: " + input.name() + ": " + input.problem());
        inputProblem = true;
        continue;
      }
      Config config = config(configs, input);
      Optional<Policy> policy = Policy.forFile(config, input.path());
      if (policy.isEmpty()) {
        continue;
      }
      ValidationOptions options = new ValidationOptions(
          Optional.ofNullable(cliProject).or(config::project),
          Optional.ofNullable(cliVersion).or(config::version),
          cliAsOf.or(config::asOf).orElse(environment.today()),
          !noInlineSuppressions && config.inlineSuppressions(),
          Optional.ofNullable(kind));
      loaded.add(new Loaded(policy.get(), new Validator(policy.get().rules(selected), options), inputs.read(input)));
    }
    // Cross-file rules see every file first; their findings are then settled with each file's own.
    List<Diagnostic> acrossFiles = Validator.acrossFiles(selected, new ValidationOptions(Optional.ofNullable(cliProject),
        Optional.ofNullable(cliVersion), cliAsOf.orElse(environment.today()), true, Optional.ofNullable(kind)),
        loaded.stream().map(Loaded::file).toList());
    for (Loaded file : loaded) {
      String name = file.file().source().displayPath();
      Validator.Result result = file.validator().check(file.file(),
          acrossFiles.stream().filter(d -> d.file().equals(name)).toList());
      sources.add(result.source());
      result.diagnostics().stream().map(file.policy()::regrade).forEach(diagnostics::add);
    }
    Report report = new Report(sources, diagnostics, RuleRegistry.metadata(), ToolVersion.version());
    Palette palette = Colors.choose(color, environment.variables(), environment.interactive());
    OutputFormat stdoutFormat = format != null ? format
        : "true".equals(environment.variables().get("GITHUB_ACTIONS")) ? OutputFormat.GITHUB : OutputFormat.TEXT;
    Reporter.of(stdoutFormat, palette).write(report, spec.commandLine().getOut());
    ReportFiles.write(outputs, report);
    if (stdoutFormat == OutputFormat.GITHUB) {
      ReportFiles.appendJobSummary(environment.variables().get("GITHUB_STEP_SUMMARY"), report);
    }
    if (inputProblem) {
      return ExitCode.USAGE_OR_IO;
    }
    return failOn.failsOn(report) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** A file read for checking, with the configuration and rules that apply to it. */
  /** A file read and ready to check, with the policy and validator its configuration gives it. */
  private record Loaded(Policy policy, Validator validator, CheckedFile file) {}

  private Config config(ConfigResolver configs, Inputs.Input input) {
    try {
      if (noConfig) {
        return Config.NONE;
      }
      if (configFile != null) {
        return ConfigLoader.load(configFile);
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
    if (select == null || select.isEmpty()) {
      return RuleRegistry.all();
    }
    Set<Rule> rules = new LinkedHashSet<>();
    for (String id : select) {
      rules.add(RuleRegistry.byId(id.strip())
          .orElseThrow(() -> new Main.UsageException("--select " + id + ": no such rule; run appyaml rules to list them")));
    }
    return List.copyOf(rules);
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

  private static String checked(String value, Pattern pattern, String option, String expected) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new Main.UsageException(option + " " + value + " is not valid; expected " + expected);
    }
    return value;
  }
}
