package dev.appyaml.rules.toplevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a hard-coded listening port in a start command: {@code gunicorn -b :8000},
 * {@code --port 3000}, {@code -p 5000}, {@code php -S 0.0.0.0:8080}, {@code PORT=8000 node app.js},
 * {@code -Dserver.port=8081}, {@code manage.py runserver 8000}. A command that mentions
 * {@code $PORT} or {@code ${PORT}} anywhere is taken to listen where App Engine asks.
 */
final class FixedPort {

  /** The port, and the words of the command that set it (for the message). */
  record Binding(int port, String words) {}

  private static final Set<String> PORT_FLAGS = Set.of("-p", "--port", "-b", "--bind", "--http", "--http-socket",
      "--listen", "-l", "--server.port");
  private static final String HOST = "(?:(?:\\d{1,3}\\.){3}\\d{1,3}|localhost|\\*|\\[[0-9a-fA-F:]*\\]|0)";
  private static final Pattern HOST_PORT = Pattern.compile(HOST + "?:(\\d{1,5})");
  private static final Pattern PORT_VALUE = Pattern.compile("(?:" + HOST + "?:)?(\\d{1,5})");
  private static final Pattern SYSTEM_PROPERTY = Pattern.compile("-D[\\w.-]*port=(\\d{1,5})", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s;&|()]+");
  private static final Pattern ENV_ASSIGNMENT = Pattern.compile("PORT=(\\d{1,5})");

  private FixedPort() {}

  static Optional<Binding> find(String command) {
    if (command.contains("$PORT") || command.contains("${PORT")) {
      return Optional.empty();
    }
    List<String> words = words(command);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      Optional<Binding> found = flag(word, next)
          .or(() -> match(ENV_ASSIGNMENT, word, word))
          .or(() -> match(SYSTEM_PROPERTY, word, word))
          .or(() -> match(HOST_PORT, word, word))
          .or(() -> word.equals("runserver") ? match(PORT_VALUE, next, word + " " + next) : Optional.empty());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** {@code --port 3000}, {@code --port=3000}, {@code -b :8000}, {@code --bind=0.0.0.0:8000}. */
  private static Optional<Binding> flag(String word, String next) {
    int eq = word.indexOf('=');
    String name = (eq > 0 ? word.substring(0, eq) : word).toLowerCase(Locale.ROOT);
    if (!PORT_FLAGS.contains(name)) {
      return Optional.empty();
    }
    return eq > 0 ? match(PORT_VALUE, word.substring(eq + 1), word) : match(PORT_VALUE, next, word + " " + next);
  }

  private static Optional<Binding> match(Pattern pattern, String text, String words) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int port = Integer.parseInt(m.group(1));
    return port > 0 && port <= 65535 ? Optional.of(new Binding(port, words)) : Optional.empty();
  }

  /** Shell words, roughly: quotes dropped; an exec-form list {@code ["a", "b"]} split at its commas. */
  private static List<String> words(String command) {
    String text = command.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1).replace(',', ' ');
    }
    List<String> words = new ArrayList<>();
    for (String raw : WORD_BREAK.split(text)) {
      String word = raw.replace("\"", "").replace("'", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
