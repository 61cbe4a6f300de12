package dev.appyaml.rules.handlers;

import dev.appyaml.model.Handler;
import dev.appyaml.source.Located;
import dev.appyaml.text.Order;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The header name lists of gcloud's {@code HttpHeadersDict} (spec Appendix C), all lower case. */
final class HttpHeaders {

  static final Set<String> REQUEST_ONLY = Set.of("accept", "accept-charset", "accept-encoding", "accept-language",
      "authorization", "expect", "from", "host", "if-match", "if-modified-since", "if-none-match", "if-range",
      "if-unmodified-since", "max-forwards", "proxy-authorization", "range", "referer", "te", "user-agent");

  static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade");

  static final Set<String> DISALLOWED = Set.of("content-encoding", "content-length", "date", "server");

  static final String RESERVED_PREFIX = "x-appengine";

  /** Longest value allowed for headers exempt from the 500-byte line limit. */
  static final Map<String, Integer> VALUE_LIMITS = Map.of(
      "content-security-policy", 10240, "x-content-security-policy", 10240, "x-webkit-csp", 10240,
      "content-security-policy-report-only", 10240, "set-cookie", 4096, "set-cookie2", 4096, "location", 2047);

  /** {@code name: value\r\n} must be shorter than this many bytes. */
  static final int MAX_LINE = 500;

  /** At most this many headers per handler. */
  static final int MAX_HEADERS = 500;

  private HttpHeaders() {}

  /** A handler's headers in the order they are written. */
  static List<Map.Entry<Located<String>, Located<String>>> inOrder(Handler handler) {
    if (handler.httpHeaders().isEmpty()) {
      return List.of();
    }
    return handler.httpHeaders().get().value().entrySet().stream()
        .sorted(Order.by(e -> e.getKey().range()))
        .toList();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Only printable ASCII: no control character, tab or line break. */
  static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
