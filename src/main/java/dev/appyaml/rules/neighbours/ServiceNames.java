package dev.appyaml.rules.neighbours;

import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.RunContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The services a run's service files define, for rules that check where requests are routed. */
public final class ServiceNames {

  private ServiceNames() {}

  /**
   * The services defined by the run's {@code app.yaml}-like files, plus {@code default}, which
   * every App Engine app has; empty when no service file was given, so nothing can be said.
   */
  public static Optional<Set<String>> known(RunContext ctx) {
    List<CheckedFile> services = ctx.appFiles(FileKind.APP);
    if (services.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    names.add("default");
    for (CheckedFile file : services) {
      names.add(ctx.app(file).identity().effectiveService());
    }
    return Optional.of(names);
  }

  /** The names as a message lists them. */
  public static String list(Set<String> names) {
    return String.join(", ", names);
  }
}
