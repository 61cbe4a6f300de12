package dev.appyaml.regex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Python pattern rewritten, construct by construct as {@link ReParser} reads it, into what RE2/J
 * and java.util.regex read as Python does: {@code \Z} as {@code \z}, {@code {,n}} as
 * {@code {0,n}}, a {@code [} in a class as itself, {@code \d \w \s} and {@code .} as the explicit
 * sets Python means, anchors as Python places them. What an engine cannot say exactly is kept as
 * a {@link Divergence} of that engine; what it cannot say at all makes the engine unusable for
 * the pattern.
 */
final class Translation implements PatternSink {

  /** A fact about the text nothing else can test: "not the empty text". */
  private static final String SOME_CHARACTER = "(?:(?<=[\\x{0}-\\x{10ffff}])|(?=[\\x{0}-\\x{10ffff}]))";

  /** The pattern for one engine. */
  static final class Target {
    private final StringBuilder text = new StringBuilder();
    private boolean readable = true;
    private final Set<Divergence> divergences = new LinkedHashSet<>();

    boolean readable() {
      return readable;
    }

    String text() {
      return text.toString();
    }

    List<Divergence> divergences() {
      return List.copyOf(divergences);
    }

    private void append(String s) {
      text.append(s);
    }
  }

  final Target re2 = new Target();
  final Target java = new Target();
  private int flags;
  private final Deque<Integer> outerFlags = new ArrayDeque<>();

  private boolean has(int flag) {
    return (flags & flag) != 0;
  }

  private boolean ascii() {
    return has(ReParser.F_A);
  }

  private void both(String s) {
    re2.append(s);
    java.append(s);
  }

  @Override
  public void literal(int codePoint) {
    caseFolding(codePoint >= 0x80);
    both(CodeSet.literal(codePoint));
  }

  @Override
  public void any() {
    caseless(has(ReParser.F_S) ? "[\\x{0}-\\x{10ffff}]" : "[^\\x{a}]");
  }

  /** A set that case folding leaves as it is, kept from the engines' folding (RE2/J's walks every member). */
  private void caseless(String set) {
    both(has(ReParser.F_I) ? "(?-i:" + set + ")" : set);
  }

  @Override
  public void anchor(char which) {
    switch (which) {
      case '^' -> {
        re2.append(has(ReParser.F_M) ? "(?m:^)" : "\\A");
        java.append(has(ReParser.F_M) ? "(?:\\A|(?<=\\n))" : "\\A");
      }
      case '$' -> {
        if (has(ReParser.F_M)) {
          re2.append("(?m:$)");
          java.append("(?=\\n|\\z)");
        } else {
          re2.append("\\z");
          re2.divergences.add(new Divergence("`$` here matches only at the very end, Python's re also before a final"
              + " newline", Divergence.Condition.FINAL_NEWLINE));
          java.append("(?=\\n?\\z)");
        }
      }
      case 'A' -> both("\\A");
      case 'Z' -> both("\\z");
      default -> wordBoundary(which == 'b');
    }
  }

  private void wordBoundary(boolean boundary) {
    unicodeTables(boundary ? 'b' : 'B');
    String w = "[" + CodeSet.members('w', ascii()).orElseThrow() + "]";
    re2.append(boundary ? "\\b" : "\\B");
    if (!ascii()) {
      re2.divergences.add(new Divergence("`\\" + (boundary ? "b" : "B") + "` here treats only ASCII letters and digits"
          + " as word characters, Python's re any letter or digit", Divergence.Condition.NON_ASCII_WORD_CHARACTER));
    }
    if (boundary) {
      java.append("(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))");
    } else {
      re2.divergences.add(new Divergence("`\\B` here matches the empty text, Python's re does not",
          Divergence.Condition.EMPTY));
      java.append("(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")" + SOME_CHARACTER + ")");
    }
  }

  @Override
  public void category(char which) {
    unicodeTables(which);
    caseless(CodeSet.members(which, ascii()).map(m -> "[" + m + "]")
        .orElseGet(() -> "[^" + CodeSet.members('w', false).orElseThrow() + "]"));
  }

  @Override
  public void characterClass(boolean negated, List<ClassItem> items) {
    caseFolding(items.stream().anyMatch(item -> item.isCategory() || item.hi() >= 0x80));
    StringBuilder members = new StringBuilder();
    boolean spelledOut = false;
    for (ClassItem item : items) {
      if (item.isCategory()) {
        unicodeTables(item.category());
        java.util.Optional<String> named = CodeSet.members(item.category(), ascii());
        spelledOut |= named.isEmpty();
        named.ifPresent(members::append);
      } else {
        members.append(CodeSet.range(item.lo(), item.hi()).classBody());
      }
    }
    // The engine negates, so that it folds case of the members before negating, as Python does.
    String body = spelledOut ? spelledOut(items) : members.toString();
    both("[" + (negated ? "^" : "") + body + "]");
  }

  /** The members as explicit ranges, for a class holding {@code \\W} beyond ASCII (RE2 cannot nest a negated set). */
  private String spelledOut(List<ClassItem> items) {
    List<CodeSet> sets = new ArrayList<>();
    for (ClassItem item : items) {
      sets.add(item.isCategory() ? CodeSet.category(item.category(), ascii()) : CodeSet.range(item.lo(), item.hi()));
    }
    return CodeSet.union(sets).classBody();
  }

  /** Python's letters and digits come from its own Unicode tables, often newer than this Java's. */
  private void unicodeTables(char escape) {
    if (ascii() || Character.toLowerCase(escape) == 's') {
      return;
    }
    Divergence d = new Divergence("`\\" + escape + "` here knows only the letters and digits of this Java's Unicode"
        + " tables, Python's re those of its own", Divergence.Condition.UNASSIGNED_HERE);
    re2.divergences.add(d);
    java.divergences.add(d);
  }

  @Override
  public void repeat(long min, long max, String suffix) {
    String q;
    if (max < 0) {
      q = min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}";
    } else if (min == 0 && max == 1) {
      q = "?";
    } else {
      q = min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
    }
    if (suffix.equals("+")) {
      re2.readable = false;
    }
    both(q + suffix);
  }

  @Override
  public void open(Group kind) {
    outerFlags.push(flags);
    switch (kind) {
      case CAPTURE -> both("(");
      case PLAIN -> both("(?:");
      case LOOKAHEAD -> javaOnly("(?=");
      case NEGATIVE_LOOKAHEAD -> javaOnly("(?!");
      case LOOKBEHIND -> javaOnly("(?<=");
      case NEGATIVE_LOOKBEHIND -> javaOnly("(?<!");
      case ATOMIC -> javaOnly("(?>");
      case CONDITIONAL -> {
        untranslatable();
        both("(");
      }
    }
  }

  private void javaOnly(String s) {
    re2.readable = false;
    both(s);
  }

  @Override
  public void openFlags(int add, int del) {
    outerFlags.push(flags);
    setFlags(add, del);
    re2.append(has(ReParser.F_I) ? "(?i:" : "(?-i:");
    java.append(javaCase() + ":");
  }

  @Override
  public void globalFlags(int add) {
    setFlags(add, 0);
    if (has(ReParser.F_I)) {
      re2.append("(?i)");
      java.append(javaCase() + ")");
    }
  }

  private void setFlags(int add, int del) {
    if ((add & (ReParser.F_A | ReParser.F_U)) != 0) {
      flags &= ~(ReParser.F_A | ReParser.F_U);
    }
    flags = (flags | add) & ~del;
  }

  /** java.util.regex folds only ASCII letters unless told {@code u}; Python folds all unless told {@code a}. */
  private String javaCase() {
    if (!has(ReParser.F_I)) {
      return "(?-i";
    }
    return ascii() ? "(?i-u" : "(?iu";
  }

  /**
   * Case-insensitive matching, where the engines fold some letters differently from Python. RE2/J
   * never finishes folding some letters newer than its tables (U+1C80 on Java 17), so it is given
   * none beyond ASCII.
   */
  private void caseFolding(boolean beyondAscii) {
    if (!has(ReParser.F_I)) {
      return;
    }
    if (beyondAscii) {
      re2.readable = false;
    }
    if (ascii()) {
      re2.divergences.add(new Divergence("case-insensitive matching here folds letters beyond ASCII, Python's re"
          + " (flag a) only ASCII ones", Divergence.Condition.NON_ASCII_LETTER));
    } else {
      re2.divergences.add(new Divergence("case-insensitive matching here differs from Python's re for a few letters"
          + " beyond ASCII, such as ı", Divergence.Condition.NON_ASCII_LETTER));
      java.divergences.add(new Divergence("case-insensitive matching here differs from Python's re for a few letters"
          + " beyond ASCII, such as ẞ", Divergence.Condition.NON_ASCII_LETTER));
    }
  }

  @Override
  public void close() {
    flags = outerFlags.pop();
    both(")");
  }

  @Override
  public void alternate() {
    both("|");
  }

  @Override
  public void backReference(int group) {
    re2.readable = false;
    java.append("(?:\\" + group + ")");
  }

  @Override
  public void untranslatable() {
    re2.readable = false;
    java.readable = false;
  }
}
