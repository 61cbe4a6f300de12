package dev.appyaml.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Bounded;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** parse() never throws and stays fast, whatever it is given. */
class CronScheduleHostileInputTest {

  private static final int ONE_MB = 1 << 20;

  private static ParseResult parseQuickly(String text) {
    return Bounded.run("parsing a hostile schedule", () -> CronSchedule.parse(text));
  }

  private static ParseError rejectedQuickly(String text) {
    ParseResult r = parseQuickly(text);
    ParseError e = assertInstanceOf(ParseError.class, r);
    assertTrue(e.offset() + e.length() <= text.length());
    assertTrue(e.message().length() < 400, "message stays short");
    return e;
  }

  private static String repeat(String s, int totalLength) {
    return s.repeat(totalLength / s.length() + 1).substring(0, totalLength);
  }

  @Test
  void nullIsAnError() {
    assertEquals(new ParseError(0, 0, "schedule is missing; expected a schedule such as every 5 minutes or every day 09:00"),
        CronSchedule.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\t", "\n", " \r\n ", "\u00a0", "\u2003\u3000"})
  void emptyOrWhitespaceOnly(String text) {
    assertEquals(new ParseError(0, text.length(), "schedule is empty; expected a schedule such as every 5 minutes or every day 09:00"),
        parseQuickly(text));
  }

  @Test
  void oneMegabyteOfWhitespace() {
    String text = repeat(" \t\n", ONE_MB);
    assertEquals(ONE_MB, rejectedQuickly(text).length());
  }

  @Test
  void oneMegabyteWord() {
    ParseError e = rejectedQuickly("x".repeat(ONE_MB));
    assertEquals(0, e.offset());
    assertEquals(ONE_MB, e.length());
    assertTrue(e.message().contains("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'"), e.message());
  }

  @Test
  void oneMegabyteNumber() {
    ParseError e = rejectedQuickly("every " + "9".repeat(ONE_MB) + " minutes");
    assertEquals(6, e.offset());
    assertEquals(ONE_MB, e.length());
  }

  @Test
  void oneMegabyteOfGluedKeywords() {
    rejectedQuickly(repeat("every", ONE_MB));
    rejectedQuickly(repeat("mon", ONE_MB));
  }

  @Test
  void oneMegabyteValidWeekdayList() {
    String text = "every " + repeat("mon,", ONE_MB) + "wed 09:00";
    ParseResult r = parseQuickly(text);
    assertInstanceOf(Parsed.class, r);
  }

  @Test
  void oneMegabyteOfCommasAndWords() {
    rejectedQuickly(repeat(",", ONE_MB));
    rejectedQuickly("every 5 minutes " + repeat("from ", ONE_MB));
    rejectedQuickly(repeat("* ", ONE_MB));
    assertInstanceOf(Parsed.class, parseQuickly(repeat("1,", ONE_MB) + "1 of month 09:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"every 5 минут", "每 5 分钟", "every 5 minutes \uD83D\uDE00", "\uD83D\uDE00", "\uD800",
      "every day 0\u0669:00", "every day ０９:００", "\u0000", "every\u00005 minutes", "\uFEFFevery 5 minutes",
      "every 5 minutes\u2028", "ｅｖｅｒｙ 5 minutes", "every 5 mınutes", "EVERY 5 MİNUTES"})
  void unicode(String text) {
    rejectedQuickly(text);
  }

  @Test
  void invisibleCharactersArePointedAt() {
    assertEquals(new ParseError(0, 1, "unexpected character U+FEFF (zero width no-break space); expected a plain space between words"),
        CronSchedule.parse("\uFEFFevery 5 minutes"));
  }

  @Test
  void quotedTextNeverSplitsASurrogatePair() {
    String text = "a".repeat(39) + "\uD83D\uDE00" + "b".repeat(10);
    String message = rejectedQuickly(text).message();
    assertTrue(message.contains("'" + "a".repeat(39) + "...'"), message);
  }

  @Test
  void randomInputNeverThrows() {
    Random random = new Random(20240501L);
    String[] pieces = {"every", " ", "5", "minutes", "mins", "hours", "from", "to", "10:00", "24:00", "synchronized",
        "of", "month", "quarter", "1st", "fifth", "mon", "day", ",", "jan", "31", "0", "99999", "100000", "\t",
        "Every", "é", "\uD83D", ":", "*", "@", "-", "1:5", "of quarter"};
    Supplier<String> nextText = () -> {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          b.append(' ');
        }
      }
      return b.toString();
    };
    assertTimeoutPreemptively(Bounded.HANG_GUARD, () -> {
      for (int i = 0; i < 20_000; i++) {
        String text = nextText.get();
        ParseResult r = CronSchedule.parse(text);
        if (r instanceof ParseError e) {
          assertTrue(e.offset() >= 0 && e.offset() + e.length() <= text.length(), text);
          assertTrue(!e.message().startsWith("internal error"), text + " -> " + e.message());
        } else {
          Schedule s = ((Parsed) r).schedule();
          s.describe();
          s.nextRuns(java.time.ZonedDateTime.parse("2024-03-10T01:59:59-05:00[America/New_York]"), 3);
        }
      }
    });
  }
}
