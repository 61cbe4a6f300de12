package dev.appyaml.cron;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Parser for the {@code schedule} of a {@code cron.yaml} job: the App Engine "groc" grammar
 * ({@code every 5 minutes}, {@code every monday 09:00}, {@code 1st,3rd mon of sep,oct,nov 17:00},
 * {@code 1,15 of month 09:00}, {@code every 2 hours synchronized}, ...).
 *
 * <p>As in Google's parser, keywords are lower case only ({@code Every Monday 09:00} is an error),
 * words are separated by spaces, tabs or line breaks, and lists are separated by commas.
 */
public final class CronSchedule {

  private static final String EXAMPLES = "a schedule such as every 5 minutes or every day 09:00";
  private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*/,?#-]+");

  private CronSchedule() {}

  /**
   * Parses {@code text}, the schedule exactly as written in YAML. Never throws: every input,
   * including null, yields either {@link Parsed} or a {@link ParseError} for the first problem.
   */
  public static ParseResult parse(String text) {
    if (text == null) {
      return new ParseError(0, 0, "schedule is missing; expected " + EXAMPLES);
    }
    try {
      if (isBlank(text)) {
        return new ParseError(0, text.length(), "schedule is empty; expected " + EXAMPLES);
      }
      ParseError unixCron = unixCron(text);
      if (unixCron != null) {
        return unixCron;
      }
      return new Parsed(Parser.parse(text));
    } catch (Parser.Failure failure) {
      return failure.error;
    } catch (RuntimeException | StackOverflowError bug) {
      return new ParseError(0, text.length(), "internal error while parsing the schedule: " + bug);
    }
  }

  private static boolean isBlank(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** CRN-029: crontab lines ({@code *}{@code /5 * * * *}) and shortcuts ({@code @daily}). */
  private static ParseError unixCron(String text) {
    int start = 0;
    int end = text.length();
    while (Lexer.isSeparator(text.charAt(start))) {
      start++;
    }
    while (Lexer.isSeparator(text.charAt(end - 1))) {
      end--;
    }
    String body = text.substring(start, end);
    if (body.startsWith("@")) {
      int wordEnd = start;
      while (wordEnd < end && !Lexer.isSeparator(text.charAt(wordEnd))) {
        wordEnd++;
      }
      return new ParseError(start, wordEnd - start, "unix cron shortcut " + Text.quote(text.substring(start, wordEnd))
          + " is not supported; expected " + EXAMPLES);
    }
    String[] fields = body.split("[ \t\r\n]+", 9);
    boolean crontab = body.startsWith("*")
        || (fields.length >= 5 && fields.length <= 7
            && body.chars().anyMatch(c -> c == '*' || c == '?')
            && Arrays.stream(fields).allMatch(f -> CRON_FIELD.matcher(f).matches()));
    if (crontab) {
      return new ParseError(start, end - start, "unix cron syntax " + Text.quote(body)
          + " is not supported; expected " + EXAMPLES);
    }
    return null;
  }
}
