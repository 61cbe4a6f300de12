package dev.appyaml.cron;

import dev.appyaml.cron.Token.Kind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Recursive-descent parser for the groc grammar (spec §2.3). As in groc, the whole schedule is
 * parsed first and the semantic checks (interval at least 1, synchronized periods, days of the
 * month) run afterwards, so a syntax error later in the text wins over a semantic one earlier.
 */
final class Parser {

  /** Thrown to unwind the parser; never leaves this package. */
  static final class Failure extends RuntimeException {
    final transient ParseError error;

    Failure(ParseError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private static final Set<Kind> DAY_OR_MONTH_SELECTORS =
      EnumSet.of(Kind.WEEKDAY, Kind.DAY, Kind.MONTH_NAME, Kind.OF, Kind.ORDINAL, Kind.MONTH, Kind.QUARTER);
  private static final SortedSet<Integer> ALL_ORDINALS = new TreeSet<>(List.of(1, 2, 3, 4, 5));

  private final Lexer tokens;
  private int pos;

  private Parser(Lexer tokens) {
    this.tokens = tokens;
  }

  /** Parses a schedule that is not blank; throws {@link Failure} for the first problem. */
  static Schedule parse(String text) {
    return new Parser(new Lexer(text)).timespec();
  }

  private Schedule timespec() {
    Token first = peek();
    if (first.is(Kind.EVERY)) {
      Token second = peek(1);
      if (second.is(Kind.NUMBER)) {
        return interval();
      }
      if (second.is(Kind.DAY) || second.is(Kind.WEEKDAY)) {
        return specificTime();
      }
      next();
      if (second.is(Kind.ORDINAL)) {
        throw failure(second, "unexpected ordinal " + Text.quote(second.text()) + " after every; expected "
            + Expect.AFTER_EVERY.expected() + " (write " + second.text() + " monday without every)");
      }
      throw fail(second, Expect.AFTER_EVERY);
    }
    if (first.is(Kind.ORDINAL) || first.is(Kind.NUMBER)) {
      return specificTime();
    }
    if (first.is(Kind.TIME)) {
      throw failure(first, "time " + Text.quote(first.text()) + " has no days before it; expected for example every day "
          + first.text());
    }
    throw fail(first, Expect.START);
  }

  // interval := "every" NUMBER period [ time_range | "synchronized" ]
  private Schedule interval() {
    next();
    Token number = next();
    Token unitToken = peek();
    if (!unitToken.is(Kind.HOURS) && !unitToken.is(Kind.MINUTES)) {
      ParseError e = Problems.unexpected(unitToken, number, Expect.UNIT);
      throw new Failure(new ParseError(e.offset(), e.length(), e.message() + unitHint(unitToken.text())));
    }
    next();
    IntervalUnit unit = unitToken.is(Kind.HOURS) ? IntervalUnit.HOURS : IntervalUnit.MINUTES;
    Optional<TimeWindow> window = Optional.empty();
    boolean sync = false;
    Token t = peek();
    if (t.is(Kind.SYNCHRONIZED)) {
      next();
      sync = true;
      if (peek().is(Kind.FROM)) {
        throw failure(peek(), "'from' cannot be combined with synchronized; expected end of schedule");
      }
    } else if (t.is(Kind.FROM)) {
      next();
      LocalTime from = time(expect(Kind.TIME, Expect.TIME));
      expect(Kind.TO, Expect.TO);
      LocalTime to = time(expect(Kind.TIME, Expect.TIME));
      window = Optional.of(new TimeWindow(from, to));
      if (peek().is(Kind.SYNCHRONIZED)) {
        throw failure(peek(), "'synchronized' cannot be combined with from … to; expected end of schedule");
      }
    } else if (DAY_OR_MONTH_SELECTORS.contains(t.kind())) {
      throw failure(t, Problems.describe(t) + " cannot follow an interval, which runs every day; expected "
          + Expect.AFTER_INTERVAL.expected());
    }
    expectEnd(window.isPresent() || sync ? Expect.END_OF_INTERVAL : Expect.AFTER_INTERVAL);
    Semantics.checkInterval(number, unitToken, unit, sync);
    return new IntervalSchedule(number.value(), unit, window, sync);
  }

  private static String unitHint(String word) {
    return switch (word) {
      case "second", "seconds", "secs", "sec", "s" -> " (the shortest interval is 1 minute)";
      case "day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight" ->
          " (for a daily or rarer run use a time of day, for example every day 09:00)";
      default -> "";
    };
  }

  // specifictime := ( ( ordinals weekdays | monthdays ) "of" ( monthspec | quarterspec )
  //                 | ordinals weekdays ) TIME
  private Schedule specificTime() {
    SpecificTimeSchedule.Days days = null;
    List<Token> monthDays = List.of();
    Set<Month> months = EnumSet.allOf(Month.class);
    if (peek().is(Kind.NUMBER)) {
      monthDays = list(Kind.NUMBER, Expect.MONTH_DAY);
      expect(Kind.OF, Expect.OF_AFTER_DAYS);
      months = monthsOrQuarter();
    } else {
      days = ordinalsAndWeekdays();
      if (peek().is(Kind.OF)) {
        next();
        months = monthsOrQuarter();
      }
    }
    Token timeToken = peek();
    if (!timeToken.is(Kind.TIME)) {
      throw fail(timeToken, previous().is(Kind.WEEKDAY) || previous().is(Kind.DAY) ? Expect.OF_OR_TIME : Expect.TIME);
    }
    next();
    expectEnd(Expect.END_OF_SCHEDULE);
    if (days == null) {
      days = Semantics.checkMonthDays(monthDays, months);
    }
    return new SpecificTimeSchedule(days, months, time(timeToken));
  }

  // ordinals := "every" | ordinal ( "," ordinal )* ;  weekdays := "day" | weekday ( "," weekday )*
  private SpecificTimeSchedule.Days ordinalsAndWeekdays() {
    SortedSet<Integer> ordinals = ALL_ORDINALS;
    boolean explicit = !peek().is(Kind.EVERY);
    if (explicit) {
      ordinals = new TreeSet<>();
      for (Token t : list(Kind.ORDINAL, Expect.ORDINAL)) {
        ordinals.add(t.value());
      }
    } else {
      next();
    }
    if (peek().is(Kind.DAY)) {
      next();
      // groc: "<ordinal> day" means that day of the month ("2nd day" is the 2nd), "every day" is every day.
      return explicit
          ? new SpecificTimeSchedule.MonthDays(ordinals)
          : new SpecificTimeSchedule.Weekdays(ALL_ORDINALS, EnumSet.allOf(DayOfWeek.class));
    }
    if (!peek().is(Kind.WEEKDAY)) {
      throw fail(peek(), Expect.WEEKDAY_OR_DAY);
    }
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (Token t : list(Kind.WEEKDAY, Expect.WEEKDAY)) {
      weekdays.add(DayOfWeek.of(t.value()));
    }
    return new SpecificTimeSchedule.Weekdays(ordinals, weekdays);
  }

  // monthspec := "month" | month ( "," month )* ;
  // quarterspec := "quarter" | qordinal ( "," qordinal )* "month" "of" "quarter"
  private Set<Month> monthsOrQuarter() {
    Token t = peek();
    Set<Month> months = EnumSet.noneOf(Month.class);
    switch (t.kind()) {
      case MONTH -> {
        next();
        months.addAll(EnumSet.allOf(Month.class));
      }
      case QUARTER -> {
        next();
        months.addAll(EnumSet.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER));
      }
      case MONTH_NAME -> {
        for (Token m : list(Kind.MONTH_NAME, Expect.MONTH)) {
          months.add(Month.of(m.value()));
        }
      }
      case ORDINAL -> {
        for (Token q : list(Kind.ORDINAL, Expect.QUARTER_ORDINAL)) {
          if (q.value() > 3) {
            throw failure(q, "ordinal " + Text.quote(q.text()) + " cannot select a month of a quarter; expected 1st, 2nd or 3rd");
          }
          for (int first = 1; first <= 10; first += 3) {
            months.add(Month.of(first + q.value() - 1));
          }
        }
        expect(Kind.MONTH, Expect.MONTH_OF_QUARTER);
        expect(Kind.OF, Expect.OF_QUARTER);
        expect(Kind.QUARTER, Expect.QUARTER);
      }
      default -> throw fail(t, Expect.MONTHS);
    }
    return months;
  }

  /** {@code kind ( "," kind )*}; the current token is known to be of {@code kind}. */
  private List<Token> list(Kind kind, Expect afterComma) {
    List<Token> items = new ArrayList<>();
    items.add(next());
    while (peek().is(Kind.COMMA)) {
      next();
      items.add(expect(kind, afterComma));
    }
    return items;
  }

  private static LocalTime time(Token t) {
    return LocalTime.of(t.value() / 60, t.value() % 60);
  }

  private Token peek() {
    return tokens.token(pos);
  }

  private Token peek(int ahead) {
    return tokens.token(pos + ahead);
  }

  private Token next() {
    Token t = tokens.token(pos);
    if (!t.is(Kind.END)) {
      pos++;
    }
    return t;
  }

  private Token previous() {
    return tokens.token(Math.max(0, pos - 1));
  }

  private Token expect(Kind kind, Expect e) {
    if (!peek().is(kind)) {
      throw fail(peek(), e);
    }
    return next();
  }

  private void expectEnd(Expect e) {
    if (!peek().is(Kind.END)) {
      throw fail(peek(), e);
    }
  }

  private Failure fail(Token found, Expect e) {
    return new Failure(Problems.unexpected(found, previous(), e));
  }

  static Failure failure(Token at, String message) {
    return new Failure(Problems.at(at, message));
  }
}
