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
 * {@link ValidateCommand}. Built by hand with picocli's programmatic API rather than read from
 * annotations: on every run of the hot command, that saves picocli's reflection and the JVM's
 * annotation proxies, which no start-up cache can hold (docs/performance.md).
 */
final class ValidateCommandLine {

  static final String NAME = "validate";

  private ValidateCommandLine() {}

  static CommandSpec spec(ValidateCommand c) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
    c.spec = spec;
    spec.name(NAME);
    spec.usageMessage()
        .description("Checks configuration files and reports every problem with its exact position.")
        .footer("", "Exit codes: 0 no finding at the --fail-on level, 1 findings at that level (errors by default),"
            + " 2 usage or I/O problem, 3 internal error.")
        .autoWidth(true);
    Binding<List<String>> files = Binding.of(() -> c.files, v -> c.files = v);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("1..*").required(true)
        .type(List.class).auxiliaryTypes(String.class).getter(files).setter(files)
        .description("Files or directories to check; - reads standard input.").build());
    spec.addOption(single("--format", OutputFormat.class, () -> c.format, v -> c.format = v).paramLabel("FORMAT")
        .completionCandidates(new ValidateCommand.FormatNames())
        .description("Output format on standard output: ${COMPLETION-CANDIDATES}"
            + " (default: github when GITHUB_ACTIONS=true, else text).").build());
    spec.addOption(list("--output", () -> c.outputs, v -> c.outputs = v).paramLabel("FORMAT=FILE")
        .description("Also write the report in FORMAT to FILE (repeatable), e.g. sarif=appyaml.sarif.").build());
    spec.addOption(single("--fail-on", ValidateCommand.FailOn.class, () -> c.failOn, v -> c.failOn = v)
        .paramLabel("LEVEL")
        .description("Lowest severity that makes the exit status 1: error, warning, info or never"
            + " (default: fail-on in .appyaml.yaml, else error).").build());
    spec.addOption(single("--stdin-filename", String.class, () -> c.stdinFilename, v -> c.stdinFilename = v)
        .paramLabel("NAME").description("Name to report standard input under, and to pick its kind by.").build());
    spec.addOption(single("--project", String.class, () -> c.project, v -> c.project = v).paramLabel("ID")
        .description("Google Cloud project id to deploy to, as gcloud's --project.").build());
    spec.addOption(single("--version", String.class, () -> c.version, v -> c.version = v).paramLabel("ID")
        .description("App Engine version id the files will be deployed as (gcloud app deploy --version),"
            + " not appyaml's own version (that is appyaml --version).").build());
    spec.addOption(single("--as-of", String.class, () -> c.asOf, v -> c.asOf = v).paramLabel("YYYY-MM-DD")
        .description("Date that date-dependent rules judge by (default: today).").build());
    spec.addOption(single("--color", Colors.Mode.class, () -> c.color, v -> c.color = v).paramLabel("WHEN")
        .defaultValue("auto").completionCandidates(new ValidateCommand.ColorNames())
        .description("Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
            + " auto honours NO_COLOR and FORCE_COLOR.").build());
    spec.addOption(single("--kind", FileKind.class, () -> c.kind, v -> c.kind = v).paramLabel("KIND")
        .completionCandidates(new ValidateCommand.KindNames())
        .description("Check every file as this kind: ${COMPLETION-CANDIDATES} (default: from each file's name).")
        .build());
    spec.addOption(list("--select", () -> c.select, v -> c.select = v).paramLabel("RULE").splitRegex(",")
        .description("Run only these rules: ids (AY105), id prefixes (AY3) or names (pattern-mismatch).").build());
    spec.addOption(list("--ignore", () -> c.ignore, v -> c.ignore = v).paramLabel("RULE").splitRegex(",")
        .description("Do not run these rules (repeatable): ids, id prefixes or names, as --select.").build());
    spec.addOption(single("--baseline", Path.class, () -> c.baseline, v -> c.baseline = v).paramLabel("FILE")
        .description("Report only findings not recorded in this baseline (default: baseline in .appyaml.yaml).")
        .build());
    spec.addOption(single("--write-baseline", Path.class, () -> c.writeBaseline, v -> c.writeBaseline = v)
        .paramLabel("FILE")
        .description("Record today's findings in FILE, so that later runs with --baseline report only new ones.")
        .build());
    spec.addOption(flag("--fix", () -> c.fix, v -> c.fix = v)
        .description("Apply the fixes that are safe by construction to the files checked"
            + " (written atomically), then check again and report what is left.").build());
    spec.addOption(flag("--diff", () -> c.diff, v -> c.diff = v)
        .description("Print the safe fixes as a unified diff and change nothing;"
            + " exit status 1 when there is something to fix.").build());
    spec.addOption(flag("--print-config", () -> c.printConfig, v -> c.printConfig = v)
        .description("Print the settings in force for each file and where each came from, then stop.").build());
    spec.addOption(flag("--statistics", () -> c.statistics, v -> c.statistics = v)
        .description("Print how many findings each rule made instead of the findings.").build());
    spec.addOption(flag("--no-inline-suppressions", () -> c.noInlineSuppressions, v -> c.noInlineSuppressions = v)
        .description("Ignore # appyaml: disable=... comments (for teams that forbid them).").build());
    spec.addOption(list("--include", () -> c.include, v -> c.include = v).paramLabel("GLOB")
        .description("In directories, also check files matching GLOB (repeatable), e.g. 'deploy/*.yaml'.").build());
    spec.addOption(list("--exclude", () -> c.exclude, v -> c.exclude = v).paramLabel("GLOB")
        .description("In directories, skip files and folders matching GLOB (repeatable), e.g. 'vendor/**'.").build());
    spec.addOption(flag("--app-engine-only", () -> c.appEngineOnly, v -> c.appEngineOnly = v)
        .description("Check a named FILE only if it is App Engine configuration by name or by content, as"
            + " directory search decides; skip other YAML (a GitHub workflow) silently. For hooks that pass every"
            + " YAML file.").build());
    spec.addOption(single("--config", Path.class, () -> c.configFile, v -> c.configFile = v).paramLabel("FILE")
        .description("Use this configuration file instead of searching for .appyaml.yaml.").build());
    spec.addOption(flag("--no-config", () -> c.noConfig, v -> c.noConfig = v)
        .description("Ignore .appyaml.yaml files.").build());
    spec.addOption(single("--jobs", Integer.class, () -> c.jobsOption, v -> c.jobsOption = v).paramLabel("N")
        .description("Check files on N threads (default: one per core for more than "
            + FileTasks.PARALLEL_FROM_FILES + " files, else 1); the output does not depend on it.").build());
    spec.addOption(flag("--debug", () -> c.debug, v -> c.debug = v)
        .description("Print stack traces of internal errors.").build());
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
    return spec;
  }

  private static <T> OptionSpec.Builder single(String name, Class<T> type, Supplier<T> getter, Consumer<T> setter) {
    Binding<T> binding = Binding.of(getter, setter);
    return OptionSpec.builder(name).type(type).getter(binding).setter(binding);
  }

  private static OptionSpec.Builder list(String name, Supplier<List<String>> getter, Consumer<List<String>> setter) {
    Binding<List<String>> binding = Binding.of(getter, setter);
    return OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).getter(binding).setter(binding);
  }

  private static OptionSpec.Builder flag(String name, Supplier<Boolean> getter, Consumer<Boolean> setter) {
    Binding<Boolean> binding = Binding.of(getter, setter);
    return OptionSpec.builder(name).type(boolean.class).initialValue(false).getter(binding).setter(binding);
  }
}
