package dev.appyaml.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tab-separated table bundled with appyaml: blank lines and {@code #} comments, one header row,
 * then rows of the header's width, {@code -} for "none". A malformed line is a bug in the bundled
 * data, so every problem throws, naming the resource and the line.
 */
final class BundledTsv {

  static final String NONE = "-";

  /** One data row: its 1-based line number and its fields. */
  record Row(int lineNo, String[] fields) {}

  private final String resource;

  BundledTsv(String resource) {
    this.resource = resource;
  }

  /**
   * The lines of the resource next to {@code owner}: from the text the build embedded when the
   * owner is marked {@link dev.appyaml.text.EmbedsText}, else read from the class path.
   */
  List<String> read(Class<?> owner) {
    String embedded = EmbeddedTexts.of(resource);
    if (embedded != null) {
      return embedded.lines().toList();
    }
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The data rows of {@code lines} from index {@code from}, after checking the header and each row's width. */
  List<Row> rows(List<String> lines, int from, String header) {
    int columns = header.split("\t", -1).length;
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = from; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(header)) {
          throw error(lineNo, "expected the header row '" + header.replace('\t', ' ') + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != columns) {
        throw error(lineNo, "expected " + columns + " tab-separated columns, found " + fields.length);
      }
      rows.add(new Row(lineNo, fields));
    }
    if (!headerSeen) {
      throw error(lines.size(), "no header row");
    }
    return rows;
  }

  static Optional<String> optional(String text) {
    return text.equals(NONE) || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  LocalDate date(String text, int lineNo) {
    return isoDate(text).orElseThrow(() -> error(lineNo, "'" + text + "' is not a yyyy-mm-dd date"));
  }

  /**
   * A {@code yyyy-mm-dd} day. By hand: {@code LocalDate.parse} starts java.time's formatting
   * machinery, milliseconds at start-up.
   */
  static Optional<LocalDate> isoDate(String text) {
    boolean digits = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    for (int i = 0; digits && i < text.length(); i++) {
      digits = i == 4 || i == 7 || text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    try {
      return digits ? Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8)))) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  IllegalStateException error(int lineNo, String message) {
    return new IllegalStateException(resource + " line " + lineNo + ": " + message);
  }
}
