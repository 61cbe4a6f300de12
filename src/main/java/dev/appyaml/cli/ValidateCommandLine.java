package dev.appyaml.cli;

import dev.appyaml.report.OutputFormat;
import dev.appyaml.rule.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options of {@code appyaml validate}, the one place they are defined, bound to the fields of
 * {@link ValidateCommand}: as plain data ({@link #options}), read both by picocli's programmatic
 * API ({@link #spec}) and by {@link QuickCommandLine}, which handles a plain command line without
 * picocli. No annotation is read on the hot command: that saves picocli's reflection and the JVM's
 * annotation proxies, which no start-up cache can hold (docs/performance.md).
 */
final class ValidateCommandLine {

  static final String NAME = "validate";
  static final String FILES_LABEL = "FILE";

  private ValidateCommandLine() {}

  /** How an option takes its value. */
  enum Arity {
    /** {@code --fix}: no value. */
    FLAG,
    /** {@code --format json} or {@code --format=json}, at most once. */
    SINGLE,
    /** Repeatable, each value appended; split at commas where {@link Option#splitAtCommas}. */
    LIST
  }

  /**
   * One option of validate. {@code type} is the value's type ({@code String} for a list's items),
   * {@code choices} an enum type's constants (listed here, as asking the type for them is
   * reflection), {@code defaultValue} converted like a given value when the option is absent.
   */
  record Option(String name, Arity arity, Class<?> type, List<?> choices, Supplier<Object> getter,
      Consumer<Object> setter, String paramLabel, String description, Iterable<String> completions,
      String defaultValue, boolean splitAtCommas) {}

  /** validate's files: at least one, {@code -} for standard input. */
  static Option files(ValidateCommand c) {
    return list("", () -> c.files, v -> c.files = v, FILES_LABEL, "Files or directories to check; - reads standard input.");
  }

  static List<Option> options(ValidateCommand c) {
    return List.of(
        choice("--format", OutputFormat.values(), () -> c.format, v -> c.format = v, "FORMAT",
            "Output format on standard output: ${COMPLETION-CANDIDATES} (default: github when GITHUB_ACTIONS=true, else text).")
            .completions(new ValidateCommand.FormatNames()).build(),
        list("--output", () -> c.outputs, v -> c.outputs = v, "FORMAT=FILE",
            "Also write the report in FORMAT to FILE (repeatable), e.g. sarif=appyaml.sarif."),
        choice("--fail-on", ValidateCommand.FailOn.values(), () -> c.failOn, v -> c.failOn = v, "LEVEL",
            "Lowest severity that makes the exit status 1: error, warning, info or never"
                + " (default: fail-on in .appyaml.yaml, else error).").build(),
        single("--stdin-filename", String.class, () -> c.stdinFilename, v -> c.stdinFilename = v, "NAME",
            "Name to report standard input under, and to pick its kind by.").build(),
        single("--project", String.class, () -> c.project, v -> c.project = v, "ID",
            "Google Cloud project id to deploy to, as gcloud's --project.").build(),
        single("--version", String.class, () -> c.version, v -> c.version = v, "ID",
            "App Engine version id the files will be deployed as (gcloud app deploy --version),"
                + " not appyaml's own version (that is appyaml --version).").build(),
        single("--as-of", String.class, () -> c.asOf, v -> c.asOf = v, "YYYY-MM-DD",
            "Date that date-dependent rules judge by (default: today).").build(),
        choice("--color", Colors.Mode.values(), () -> c.color, v -> c.color = v, "WHEN",
            "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                + " auto honours NO_COLOR and FORCE_COLOR.")
            .defaultValue("auto").completions(new ValidateCommand.ColorNames()).build(),
        choice("--kind", FileKind.values(), () -> c.kind, v -> c.kind = v, "KIND",
            "Check every file as this kind: ${COMPLETION-CANDIDATES} (default: from each file's name).")
            .completions(new ValidateCommand.KindNames()).build(),
        commaList("--select", () -> c.select, v -> c.select = v, "RULE",
            "Run only these rules: ids (AY105), id prefixes (AY3) or names (pattern-mismatch)."),
        commaList("--ignore", () -> c.ignore, v -> c.ignore = v, "RULE",
            "Do not run these rules (repeatable): ids, id prefixes or names, as --select."),
        single("--baseline", Path.class, () -> c.baseline, v -> c.baseline = v, "FILE",
            "Report only findings not recorded in this baseline (default: baseline in .appyaml.yaml).").build(),
        single("--write-baseline", Path.class, () -> c.writeBaseline, v -> c.writeBaseline = v, "FILE",
            "Record today's findings in FILE, so that later runs with --baseline report only new ones.").build(),
        flag("--fix", () -> c.fix, v -> c.fix = v, "Apply the fixes that are safe by construction to the files checked"
            + " (written atomically), then check again and report what is left."),
        flag("--diff", () -> c.diff, v -> c.diff = v, "Print the safe fixes as a unified diff and change nothing;"
            + " exit status 1 when there is something to fix."),
        flag("--print-config", () -> c.printConfig, v -> c.printConfig = v,
            "Print the settings in force for each file and where each came from, then stop."),
        flag("--statistics", () -> c.statistics, v -> c.statistics = v,
            "Print how many findings each rule made instead of the findings."),
        flag("--no-inline-suppressions", () -> c.noInlineSuppressions, v -> c.noInlineSuppressions = v,
            "Ignore # appyaml: disable=... comments (for teams that forbid them)."),
        list("--include", () -> c.include, v -> c.include = v, "GLOB",
            "In directories, also check files matching GLOB (repeatable), e.g. 'deploy/*.yaml'."),
        list("--exclude", () -> c.exclude, v -> c.exclude = v, "GLOB",
            "In directories, skip files and folders matching GLOB (repeatable), e.g. 'vendor/**'."),
        flag("--app-engine-only", () -> c.appEngineOnly, v -> c.appEngineOnly = v,
            "Check a named FILE only if it is App Engine configuration by name or by content, as"
                + " directory search decides; skip other YAML (a GitHub workflow) silently. For hooks that pass every"
                + " YAML file."),
        single("--config", Path.class, () -> c.configFile, v -> c.configFile = v, "FILE",
            "Use this configuration file instead of searching for .appyaml.yaml.").build(),
        flag("--no-config", () -> c.noConfig, v -> c.noConfig = v, "Ignore .appyaml.yaml files."),
        single("--jobs", Integer.class, () -> c.jobsOption, v -> c.jobsOption = v, "N",
            "Check files on N threads (default: one per core for more than " + FileTasks.PARALLEL_FROM_FILES
                + " files, else 1); the output does not depend on it.").build(),
        flag("--debug", () -> c.debug, v -> c.debug = v, "Print stack traces of internal errors."));
  }

  /** The picocli spec of validate, for help, completion, man pages and any line {@link QuickCommandLine} leaves. */
  static CommandSpec spec(ValidateCommand c) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
    spec.name(NAME);
    spec.usageMessage()
        .description("Checks configuration files and reports every problem with its exact position.")
        .footer("", "Exit codes: 0 no finding at the --fail-on level, 1 findings at that level (errors by default),"
            + " 2 usage or I/O problem, 3 internal error.")
        .autoWidth(true);
    Option files = files(c);
    Binding<Object> filesBinding = Binding.of(files.getter(), files.setter());
    spec.addPositional(PositionalParamSpec.builder().paramLabel(files.paramLabel()).arity("1..*").required(true)
        .type(List.class).auxiliaryTypes(String.class).getter(filesBinding).setter(filesBinding)
        .description(files.description()).build());
    for (Option o : options(c)) {
      spec.addOption(picocli(o));
    }
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
    return spec;
  }

  private static OptionSpec picocli(Option o) {
    Binding<Object> binding = Binding.of(o.getter(), o.setter());
    OptionSpec.Builder b = OptionSpec.builder(o.name()).getter(binding).setter(binding).description(o.description());
    switch (o.arity()) {
      case FLAG -> b.type(boolean.class).initialValue(false);
      case SINGLE -> b.type(o.type()).paramLabel(o.paramLabel());
      case LIST -> b.type(List.class).auxiliaryTypes(String.class).paramLabel(o.paramLabel());
    }
    if (o.splitAtCommas()) {
      b.splitRegex(",");
    }
    if (o.defaultValue() != null) {
      b.defaultValue(o.defaultValue());
    }
    if (o.completions() != null) {
      b.completionCandidates(o.completions());
    }
    return b.build();
  }

  /** A single-value option being described: {@code .completions} and {@code .defaultValue} are optional. */
  private record Single(String name, Class<?> type, List<?> choices, Supplier<Object> getter, Consumer<Object> setter,
      String paramLabel, String description, Iterable<String> completions, String defaultValue) {

    Single completions(Iterable<String> names) {
      return new Single(name, type, choices, getter, setter, paramLabel, description, names, defaultValue);
    }

    Single defaultValue(String value) {
      return new Single(name, type, choices, getter, setter, paramLabel, description, completions, value);
    }

    Option build() {
      return new Option(name, Arity.SINGLE, type, choices, getter, setter, paramLabel, description, completions,
          defaultValue, false);
    }
  }

  private static <T> Single single(String name, Class<T> type, Supplier<T> getter, Consumer<T> setter, String paramLabel,
      String description) {
    return new Single(name, type, null, () -> getter.get(), v -> setter.accept(type.cast(v)), paramLabel, description,
        null, null);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Single choice(String name, E[] constants, Supplier<E> getter, Consumer<E> setter,
      String paramLabel, String description) {
    Class<E> type = (Class<E>) constants.getClass().getComponentType();
    return new Single(name, type, List.of(constants), () -> getter.get(), v -> setter.accept(type.cast(v)), paramLabel,
        description, null, null);
  }

  private static Option list(String name, Supplier<List<String>> getter, Consumer<List<String>> setter, String paramLabel,
      String description) {
    return list(name, getter, setter, paramLabel, description, false);
  }

  private static Option commaList(String name, Supplier<List<String>> getter, Consumer<List<String>> setter,
      String paramLabel, String description) {
    return list(name, getter, setter, paramLabel, description, true);
  }

  @SuppressWarnings("unchecked")
  private static Option list(String name, Supplier<List<String>> getter, Consumer<List<String>> setter, String paramLabel,
      String description, boolean splitAtCommas) {
    return new Option(name, Arity.LIST, String.class, null, () -> getter.get(), v -> setter.accept((List<String>) v),
        paramLabel, description, null, null, splitAtCommas);
  }

  private static Option flag(String name, Supplier<Boolean> getter, Consumer<Boolean> setter, String description) {
    return new Option(name, Arity.FLAG, Boolean.class, null, () -> getter.get(), v -> setter.accept((Boolean) v), null,
        description, null, null, false);
  }
}
