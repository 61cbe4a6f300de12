package dev.appyaml.cli;

import dev.appyaml.rule.CheckedFile;
import dev.appyaml.rule.Disk;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line's FILE arguments made into things to check: standard input, files, and the
 * configuration files found in directories; and reading each one within the size limit.
 */
final class Inputs {

  /** One thing to check, or why it cannot be checked ({@code problem}, one line for stderr). */
  record Input(String name, Optional<Path> path, String problem) {}

  private final Optional<FileKind> kind;
  private final String stdinName;
  private final InputStream stdin;
  private final Disk disk = Disk.forRun();

  Inputs(Optional<FileKind> kind, String stdinName, InputStream stdin) {
    this.kind = kind;
    this.stdinName = stdinName;
    this.stdin = stdin;
  }

  /** The disk as this run sees it: the directories its walks listed, kept for the rules. */
  Disk disk() {
    return disk;
  }

  /** Lines for stderr about what a directory walk skipped; they do not change the exit code. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  private final List<String> warnings = new ArrayList<>();

  /** {@code appEngineOnly}: leave out named files that directory search would not pick either. */
  List<Input> expand(List<String> files, Discovery.Filters filters, boolean appEngineOnly) {
    List<Input> inputs = new ArrayList<>();
    for (String file : files) {
      if (file.equals("-")) {
        inputs.add(new Input(stdinName, Optional.empty(), null));
        continue;
      }
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        inputs.add(new Input(file, Optional.empty(), "the name cannot be written in this locale's encoding ("
            + System.getProperty("sun.jnu.encoding", "unknown") + "); run with a UTF-8 locale such as LC_ALL=C.UTF-8"));
        continue;
      }
      if (!Files.exists(path)) {
        inputs.add(new Input(file, Optional.of(path), "cannot read " + file + ": no such file"));
      } else if (Files.isDirectory(path)) {
        try {
          List<Path> found = Discovery.find(path, filters, warnings::add, disk);
          if (found.isEmpty()) {
            inputs.add(new Input(file, Optional.of(path), file + " is a directory with no App Engine configuration files in it"));
          }
          found.forEach(p -> inputs.add(new Input(p.toString(), Optional.of(p), null)));
        } catch (IOException e) {
          inputs.add(new Input(file, Optional.of(path), "cannot search " + file + ": " + IoReason.reading(e)));
        }
      } else if (!Files.isRegularFile(path)) {
        inputs.add(new Input(file, Optional.of(path), "is not a regular file (a pipe or device is not read; use - for standard input)"));
      } else if (!Files.isReadable(path)) {
        inputs.add(new Input(file, Optional.of(path), "cannot read " + file + ": permission denied"));
      } else if (appEngineOnly && !Discovery.isAppEngineFile(path)) {
        continue;
      } else {
        inputs.add(new Input(file, Optional.of(path), null));
      }
    }
    return inputs;
  }

  CheckedFile read(Input input) {
    if (input.path().isEmpty()) {
      try {
        return load(input.name(), readCapped(stdin), Optional.empty());
      } catch (IOException e) {
        throw new Main.UsageException("cannot read standard input: " + IoReason.reading(e));
      }
    }
    Path path = input.path().get();
    // The size from the open file (fstat), not another look-up of the path.
    try (FileChannel channel = FileChannel.open(path)) {
      long size = channel.size();
      if (size > Limits.MAX_FILE_BYTES) {
        return Validator.tooLargeFile(input.name(), size, kindOf(input.name()));
      }
      return load(input.name(), readCapped(Channels.newInputStream(channel)), Optional.of(path));
    } catch (IOException e) {
      throw new Main.UsageException("cannot read " + input.name() + ": " + IoReason.reading(e));
    }
  }

  private CheckedFile load(String name, byte[] bytes, Optional<Path> path) {
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      return Validator.tooLargeFile(name, bytes.length, kindOf(name));
    }
    return Validator.load(name, bytes, kindOf(name), path, disk);
  }

  /** Reads at most one byte past the limit, so that a huge input never fills memory. */
  private static byte[] readCapped(InputStream in) throws IOException {
    return in.readNBytes(Limits.MAX_FILE_BYTES + 1);
  }

  /** --kind, else the kind gcloud gives a file of this name. */
  FileKind kindOf(String name) {
    if (kind.isPresent()) {
      return kind.get();
    }
    // By text, not Path.of: a found file's name may not be encodable in the locale (LC_ALL=C).
    String fileName = name.isEmpty() ? "app.yaml" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return FileKind.fromFileName(fileName.isEmpty() ? name : fileName);
  }
}
