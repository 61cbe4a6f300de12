package dev.appyaml.cron;

import dev.appyaml.text.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Splits a schedule into tokens. Words are separated by the whitespace groc skips (space, tab, CR,
 * LF); a comma is a token of its own. Like groc's lexer, tokens may also be glued together
 * ({@code everyday 09:00} is {@code every day 09:00}): a word that is not one token is split
 * greedily into the longest known tokens, and becomes {@code UNKNOWN} only when that fails.
 */
final class Lexer {

  /** Fixed words by first character, longest first, for splitting glued words. */
  private static final Map<Character, List<String>> WORDS_BY_FIRST_CHAR = Vocabulary.WORDS.keySet().stream()
      .sorted(Order.byInt(String::length).descending())
      .collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.toList()));

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  /**
   * A lexer that reads {@code text} only as far as the parser asks, so a long schedule with an
   * early mistake is not tokenized to the end.
   */
  Lexer(String text) {
    this.text = text;
  }

  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The {@code index}-th token; past the last word, the {@code END} token (zero length at the end). */
  Token token(int index) {
    while (tokens.size() <= index && !lastIsEnd()) {
      lexNext();
    }
    return tokens.get(Math.min(index, tokens.size() - 1));
  }

  private boolean lastIsEnd() {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(Token.Kind.END);
  }

  /** Appends the tokens of the next word, the next comma, or {@code END}. */
  private void lexNext() {
    int n = text.length();
    while (pos < n && isSeparator(text.charAt(pos))) {
      pos++;
    }
    if (pos == n) {
      tokens.add(new Token(Token.Kind.END, n, "", 0));
    } else if (text.charAt(pos) == ',') {
      tokens.add(new Token(Token.Kind.COMMA, pos, ",", 0));
      pos++;
    } else {
      int end = pos;
      while (end < n && !isSeparator(text.charAt(end)) && text.charAt(end) != ',') {
        end++;
      }
      tokens.addAll(lexWord(text.substring(pos, end), pos));
      pos = end;
    }
  }

  /** Tokens of one word (no separators, no commas) found at {@code offset}; never empty. */
  static List<Token> lexWord(String word, int offset) {
    Token whole = exact(word, offset);
    if (whole != null) {
      return List.of(whole);
    }
    if (looksLikeTime(word)) {
      return List.of(new Token(Token.Kind.BAD_TIME, offset, word, 0));
    }
    List<Token> parts = split(word, offset);
    return parts != null ? parts : List.of(new Token(Token.Kind.UNKNOWN, offset, word, 0));
  }

  /** The single token {@code word} is, or null. */
  private static Token exact(String word, int offset) {
    Vocabulary.Entry entry = Vocabulary.WORDS.get(word);
    if (entry != null) {
      return new Token(entry.kind(), offset, word, entry.value());
    }
    if (timeLength(word, 0) == word.length()) {
      return new Token(Token.Kind.TIME, offset, word, timeValue(word));
    }
    if (digitsAt(word, 0) == word.length()) {
      int value = word.length() <= 9 ? Integer.parseInt(word) : Integer.MAX_VALUE;
      return new Token(Token.Kind.NUMBER, offset, word, value);
    }
    return null;
  }

  /** Greedy longest-match split of a glued word, or null if some part is not a token. */
  private static List<Token> split(String word, int offset) {
    List<Token> parts = new ArrayList<>();
    int i = 0;
    while (i < word.length()) {
      int len = Math.max(timeLength(word, i), digitsAt(word, i));
      for (String key : WORDS_BY_FIRST_CHAR.getOrDefault(word.charAt(i), List.of())) {
        if (key.length() > len && word.startsWith(key, i)) {
          len = key.length();
          break;
        }
      }
      if (len == 0) {
        return null;
      }
      parts.add(exact(word.substring(i, i + len), offset + i));
      i += len;
    }
    return parts;
  }

  /** Number of ASCII digits starting at {@code i}. */
  private static int digitsAt(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j - i;
  }

  /**
   * Length of the 24-hour time starting at {@code i} ({@code D:MM} with any hour digit, or {@code
   * HH:MM} with {@code HH} 00 to 23, {@code MM} 00 to 59), or 0.
   */
  private static int timeLength(String s, int i) {
    int digits = digitsAt(s, i);
    if (digits == 2 && (s.charAt(i) > '2' || (s.charAt(i) == '2' && s.charAt(i + 1) > '3'))) {
      return 0;
    }
    int colon = i + digits;
    if (digits < 1 || digits > 2 || colon + 3 > s.length()) {
      return 0;
    }
    char m1 = s.charAt(colon + 1);
    if (s.charAt(colon) != ':' || m1 < '0' || m1 > '5' || !isDigit(s.charAt(colon + 2))) {
      return 0;
    }
    return digits + 3;
  }

  private static int timeValue(String time) {
    int colon = time.indexOf(':');
    return Integer.parseInt(time.substring(0, colon)) * 60 + Integer.parseInt(time.substring(colon + 1));
  }

  /** Digits, one colon, digits: meant as a time even when it is not a valid one. */
  private static boolean looksLikeTime(String word) {
    int d1 = digitsAt(word, 0);
    if (d1 == 0 || d1 >= word.length() || word.charAt(d1) != ':') {
      return false;
    }
    int d2 = digitsAt(word, d1 + 1);
    return d2 > 0 && d1 + 1 + d2 == word.length();
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
