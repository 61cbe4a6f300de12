package dev.appyaml.rule;

import dev.appyaml.source.Range;
import dev.appyaml.yaml.MappingNode;
import dev.appyaml.yaml.ScalarNode;
import dev.appyaml.yaml.SequenceNode;
import dev.appyaml.yaml.YamlNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a file's top-level keys say it is, when that plainly disagrees with the kind its name
 * gives: a Kubernetes manifest called {@code app.yaml}, a {@code cron:} list in a file named
 * otherwise. Such a file is not judged as the named kind (that would be a wall of unknown-key
 * errors); one finding says what happened instead. A kind given with {@code --kind} is never
 * second-guessed, and content with marks of the named kind, or of several kinds, is judged as
 * named.
 */
public final class ContentKind {

  private ContentKind() {}

  /**
   * A disagreement: what the content looks like ({@code kind} empty for a file that is none of
   * ours), the key that shows it, and whether the name only defaulted to a service file.
   */
  public record Mismatch(FileKind named, Optional<FileKind> kind, String looksLike, Range key, boolean nameIsExplicit) {}

  /** The disagreement between the name and the content of {@code file}, if there is one. */
  public static Optional<Mismatch> of(CheckedFile file, ValidationOptions options) {
    if (options.kind().isPresent() || file.document().failed()) {
      return Optional.empty();
    }
    Optional<YamlNode> root = file.document().root();
    if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
      return Optional.empty();
    }
    Optional<MappingNode.Entry> apiVersion = map.entry("apiVersion");
    if (apiVersion.isPresent() && map.entry("kind").isPresent()) {
      return Optional.of(new Mismatch(file.kind(), Optional.empty(), "a Kubernetes manifest (it has apiVersion and kind)",
          apiVersion.get().key().range(), nameIsExplicit(file)));
    }
    Optional<MappingNode.Entry> composeServices = DockerCompose.servicesEntry(map);
    if (composeServices.isPresent()) {
      return Optional.of(new Mismatch(file.kind(), Optional.empty(), "a Docker Compose file (it has services: with images)",
          composeServices.get().key().range(), nameIsExplicit(file)));
    }
    Optional<MappingNode.Entry> javaHandler = file.kind() == FileKind.APP ? LegacyJavaDialect.mark(map) : Optional.empty();
    if (javaHandler.isPresent()) {
      return Optional.of(new Mismatch(file.kind(), Optional.empty(), "written in the first-generation Java SDK's own"
          + " app.yaml dialect (a handler with " + javaHandler.get().name() + ":, which that SDK turned into web.xml;"
          + " gcloud reads no such key and no Java runtime reads this file today)",
          javaHandler.get().key().range(), nameIsExplicit(file)));
    }
    Map<FileKind, MappingNode.Entry> marks = marks(map);
    if (marks.size() != 1 || marks.containsKey(file.kind())) {
      return Optional.empty();
    }
    Map.Entry<FileKind, MappingNode.Entry> mark = marks.entrySet().iterator().next();
    return Optional.of(new Mismatch(file.kind(), Optional.of(mark.getKey()), description(mark.getKey(), mark.getValue()),
        mark.getValue().key().range(), nameIsExplicit(file)));
  }

  /** The file name each kind is read from. */
  public static String fileName(FileKind kind) {
    return switch (kind) {
      case APP -> "app.yaml";
      case DISPATCH -> "dispatch.yaml";
      case CRON -> "cron.yaml";
      case QUEUE -> "queue.yaml";
      case INDEX -> "index.yaml";
      case APPHOSTING -> "apphosting.yaml";
    };
  }

  /** The first top-level key that marks each kind present in the mapping. */
  private static Map<FileKind, MappingNode.Entry> marks(MappingNode map) {
    Map<FileKind, MappingNode.Entry> marks = new LinkedHashMap<>();
    for (MappingNode.Entry e : map.entries()) {
      kindMarkedBy(e).ifPresent(kind -> marks.putIfAbsent(kind, e));
    }
    return marks;
  }

  private static Optional<FileKind> kindMarkedBy(MappingNode.Entry e) {
    return switch (e.name()) {
      case "cron" -> Optional.of(FileKind.CRON);
      case "dispatch" -> Optional.of(FileKind.DISPATCH);
      case "queue", "total_storage_limit" -> Optional.of(FileKind.QUEUE);
      case "indexes" -> Optional.of(FileKind.INDEX);
      case "runConfig", "outputFiles" -> Optional.of(FileKind.APPHOSTING);
      case "env" -> e.value() instanceof SequenceNode ? Optional.of(FileKind.APPHOSTING)
          : e.value() instanceof ScalarNode ? Optional.of(FileKind.APP) : Optional.empty();
      case "runtime", "handlers", "service", "module", "entrypoint", "instance_class", "automatic_scaling",
          "basic_scaling", "manual_scaling", "env_variables" -> Optional.of(FileKind.APP);
      default -> Optional.empty();
    };
  }

  private static String description(FileKind kind, MappingNode.Entry mark) {
    return switch (kind) {
      case CRON -> "cron jobs (a top-level cron: list)";
      case DISPATCH -> "dispatch rules (a top-level dispatch: list)";
      case QUEUE -> "task queue definitions (a top-level " + mark.name() + ":)";
      case INDEX -> "Datastore index definitions (a top-level indexes: list)";
      case APPHOSTING -> "Firebase App Hosting settings (a top-level " + mark.name() + ":)";
      case APP -> "an App Engine service configuration (a top-level " + mark.name() + ":)";
    };
  }

  /**
   * Whether the name itself says the kind ({@code cron.yaml}, {@code app.yaml}), rather than the
   * kind defaulting to a service file because the name is none of the known ones.
   */
  private static boolean nameIsExplicit(CheckedFile file) {
    if (file.kind() != FileKind.APP) {
      return true;
    }
    String path = file.path().map(Path::toString).orElse(file.source().displayPath());
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return name.equals("app.yaml") || name.equals("app.yml");
  }
}
