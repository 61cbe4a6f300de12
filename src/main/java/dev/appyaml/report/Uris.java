package dev.appyaml.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * SARIF artifact URIs. A file inside the repository is a relative reference from the repository
 * root ({@code %SRCROOT%}); any other is an absolute {@code file://} URI. Every character not
 * allowed in a URI path, and {@code :} (which would otherwise read as a scheme, as in
 * {@code c:x/app.yaml}), is percent-encoded.
 */
final class Uris {

  private Uris() {}

  static final String SRCROOT = "%SRCROOT%";

  static String relative(String repositoryPath) {
    return encode(repositoryPath, "");
  }

  /** {@code file:///...} for an absolute path, ending in {@code /} for a directory. */
  static String file(Path absolute, boolean directory) {
    String slashed = absolute.toString().replace('\\', '/');
    if (!slashed.startsWith("/")) {
      slashed = "/" + slashed;
    }
    if (directory && !slashed.endsWith("/")) {
      slashed += "/";
    }
    return "file://" + encode(slashed, ":");
  }

  private static String encode(String path, String alsoAllowed) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ("-._~/!$&'()*+,;=@" + alsoAllowed).indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
