package dev.appyaml.cli;

import dev.appyaml.rule.FileKind;
import dev.appyaml.schema.JsonSchemaExport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema",
    description = "Prints the JSON Schema (draft-07) of a file kind, generated from appyaml's catalog,"
        + " for yaml-language-server and other editors.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", required = true, completionCandidates = Kinds.class,
      description = "File kind: ${COMPLETION-CANDIDATES}.")
  FileKind kind;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** The kinds that have a schema. */
  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return JsonSchemaExport.kinds().stream().map(FileKind::id).iterator();
    }
  }

  @Override
  public Integer call() {
    if (!JsonSchemaExport.kinds().contains(kind)) {
      throw new Main.UsageException("--kind " + kind.id() + ": no schema; appyaml checks " + kind.id()
          + " files for YAML problems only (schemas: " + String.join(", ", new Kinds()) + ")");
    }
    spec.commandLine().getOut().print(JsonSchemaExport.json(kind));
    return ExitCode.OK;
  }
}
