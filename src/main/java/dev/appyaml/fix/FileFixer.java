package dev.appyaml.fix;

import dev.appyaml.source.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;

/**
 * Reads a file's bytes for fixing and writes the fixed text back atomically (a temporary file
 * beside it, then a rename), keeping a byte-order mark and the file's permissions.
 */
public final class FileFixer {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FileFixer() {}

  /** The file's text as the validator read it, or empty when it changed since or is not UTF-8. */
  public static Optional<String> read(Path file, String validatedText) throws IOException {
    TextDecoder.Result decoded = TextDecoder.decode(Files.readAllBytes(file));
    return decoded.problem().isEmpty() && decoded.text().equals(validatedText) ? Optional.of(decoded.text())
        : Optional.empty();
  }

  public static void write(Path file, String text) throws IOException {
    byte[] original = Files.readAllBytes(file);
    boolean bom = original.length >= 3 && original[0] == BOM[0] && original[1] == BOM[1] && original[2] == BOM[2];
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[(bom ? 3 : 0) + body.length];
    if (bom) {
      System.arraycopy(BOM, 0, bytes, 0, 3);
    }
    System.arraycopy(body, 0, bytes, bom ? 3 : 0, body.length);
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".appyaml-fix");
    try {
      Files.write(temporary, bytes);
      if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
