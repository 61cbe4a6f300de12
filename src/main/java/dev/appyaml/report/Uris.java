package dev.appyaml.report;

/**
 * SARIF artifact URIs: the path as given on the command line, with forward slashes; absolute
 * paths become {@code file://} URIs. Characters not allowed in a URI are percent-encoded.
 */
final class Uris {

  private Uris() {}

  static String of(String path) {
    String slashed = path.replace('\\', '/');
    boolean windowsDrive = slashed.matches("[A-Za-z]:/.*");
    String encoded = encode(slashed);
    if (slashed.startsWith("/")) {
      return "file://" + encoded;
    }
    return windowsDrive ? "file:///" + encoded : encoded;
  }

  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
