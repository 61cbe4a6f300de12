package dev.appyaml.cron;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link ParseError} for a token the grammar does not accept where it stands. */
final class Problems {

  private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,9})(st|nd|rd|th)");

  private Problems() {}

  static ParseError at(Token t, String message) {
    return new ParseError(t.offset(), t.length(), message);
  }

  /**
   * The error for {@code found} where {@code e} was expected; {@code previous} is the last token
   * read, pointed at when the schedule ends too early.
   */
  static ParseError unexpected(Token found, Token previous, Expect e) {
    String expected = "; expected " + e.expected();
    return switch (found.kind()) {
      case END -> at(previous, "missing " + e.missing() + " after " + Text.quote(previous.text()) + expected);
      case UNKNOWN -> unknown(found, e);
      case BAD_TIME, NUMBER -> e.wantsTime() ? invalidTime(found) : at(found, "unexpected " + describe(found) + expected);
      default -> at(found, "unexpected " + describe(found) + expected);
    };
  }

  /** A token as a message names it: {@code weekday 'mon'}, {@code number '5'}, {@code 'of'}. */
  static String describe(Token t) {
    String kind = switch (t.kind()) {
      case ORDINAL -> "ordinal ";
      case WEEKDAY -> "weekday ";
      case MONTH_NAME -> "month ";
      case NUMBER -> "number ";
      case TIME, BAD_TIME -> "time ";
      default -> "";
    };
    return kind + Text.quote(t.text());
  }

  private static ParseError unknown(Token t, Expect e) {
    String word = t.text();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
        String name = Character.getName(c);
        String what = name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")";
        return new ParseError(t.offset() + i, 1,
            String.format("unexpected character U+%04X%s; expected a plain space between words", (int) c, what));
      }
    }
    String quoted = Text.quote(word);
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.equals(word) && allKnown(Lexer.lexWord(lower, 0))) {
      return at(t, "keyword " + quoted + " must be written in lower case; expected " + lower);
    }
    Matcher ordinal = NUMERIC_ORDINAL.matcher(word);
    if (ordinal.matches()) {
      int n = Integer.parseInt(ordinal.group(1));
      String hint = n >= 1 && n <= 31 ? " (for a day of the month write " + n + " of month)" : "";
      return at(t, "ordinal " + quoted + " is out of range; expected 1st to 5th" + hint);
    }
    String suggestion = Suggest.closest(word, e.candidates()).map(s -> " (did you mean '" + s + "')").orElse("");
    if (e.wantsTime() && Lexer.isDigit(word.charAt(0))) {
      return invalidTime(t);
    }
    if (e.wantsTime()) {
      return at(t, "unknown word " + quoted + "; expected " + e.expected() + suggestion);
    }
    return at(t, "unknown " + e.category() + " " + quoted + "; expected " + e.expected() + suggestion);
  }

  /** CRN-022: a time must be 24-hour {@code H:MM} or {@code HH:MM}. */
  private static ParseError invalidTime(Token t) {
    return at(t, "invalid time " + Text.quote(t.text()) + "; expected " + Expect.TIME.expected());
  }

  private static boolean allKnown(List<Token> tokens) {
    return tokens.stream().noneMatch(x -> x.is(Token.Kind.UNKNOWN) || x.is(Token.Kind.BAD_TIME));
  }
}
