package dev.appyaml.config;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Path globs as in .gitignore and the config's ignore list: {@code *} within a path segment,
 * {@code **} across segments ({@code **}{@code /} for any leading folders), {@code ?}, {@code [...]}
 * with ranges, {@code !} or {@code ^} negation and POSIX classes such as {@code [:alpha:]},
 * {@code \} quoting the next character. Paths use forward slashes.
 *
 * <p>Every text is a glob, as for git: a {@code [} without its {@code ]} is itself, a reversed
 * range such as {@code z-a} matches nothing. A glob compiles once into a small automaton whose
 * states are simulated together, so matching takes time proportional to the path times the glob,
 * however many stars it has (a backtracking regex takes exponential time on 30 {@code *}).
 */
public final class Glob {

  /** One state: what character it consumes (if any), where that leads, and where it leads for free. */
  private record State(Consume consume, int next, int[] free) {}

  private sealed interface Consume {
    boolean accepts(char c);
  }

  private record Literal(char ch) implements Consume {
    public boolean accepts(char c) {
      return c == ch;
    }
  }

  /** Any character; {@code slash} says whether that includes '/'. */
  private record Any(boolean slash) implements Consume {
    public boolean accepts(char c) {
      return slash || c != '/';
    }
  }

  private record CharClass(List<char[]> ranges, List<String> posix, boolean negated) implements Consume {
    public boolean accepts(char c) {
      if (c == '/') {
        return false;
      }
      boolean in = false;
      for (char[] range : ranges) {
        in |= c >= range[0] && c <= range[1];
      }
      for (String name : posix) {
        in |= posix(name, c);
      }
      return in != negated;
    }

    private static boolean posix(String name, char c) {
      return switch (name) {
        case "alpha" -> Character.isLetter(c);
        case "digit" -> c >= '0' && c <= '9';
        case "alnum" -> Character.isLetterOrDigit(c);
        case "upper" -> Character.isUpperCase(c);
        case "lower" -> Character.isLowerCase(c);
        case "space" -> Character.isWhitespace(c);
        case "xdigit" -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        case "punct" -> c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c < 127;
        default -> false;
      };
    }
  }

  private final String text;
  private final List<State> states;

  private Glob(String text, List<State> states) {
    this.text = text;
    this.states = states;
  }

  public static Glob compile(String glob) {
    List<State> states = new ArrayList<>();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      int here = states.size();
      if (c == '*') {
        boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        boolean slashAfter = twice && i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        if (slashAfter) {
          // "**/": nothing, or anything ending in '/': here -> (loop here+1 -> '/' at here+2) | after
          states.add(new State(null, -1, new int[] {here + 1, here + 3}));
          states.add(new State(new Any(true), here + 1, new int[] {here + 2}));
          states.add(new State(new Literal('/'), here + 3, new int[0]));
          i += 2;
        } else {
          states.add(new State(new Any(twice), here, new int[] {here + 1}));
          i += twice ? 1 : 0;
        }
      } else if (c == '?') {
        states.add(new State(new Any(false), here + 1, new int[0]));
      } else if (c == '[' && classEnd(glob, i) > 0) {
        int end = classEnd(glob, i);
        states.add(new State(charClass(glob.substring(i + 1, end)), here + 1, new int[0]));
        i = end;
      } else if (c == '\\' && i + 1 < glob.length()) {
        states.add(new State(new Literal(glob.charAt(++i)), here + 1, new int[0]));
      } else {
        states.add(new State(new Literal(c), here + 1, new int[0]));
      }
    }
    return new Glob(glob, List.copyOf(states));
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1 when there is none. */
  private static int classEnd(String glob, int open) {
    int i = open + 1;
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      i++;
    }
    if (i < glob.length() && glob.charAt(i) == ']') {
      i++; // a ']' first is a member
    }
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '[' && i + 1 < glob.length() && glob.charAt(i + 1) == ':') {
        int close = glob.indexOf(":]", i + 2);
        if (close > 0) {
          i = close + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < glob.length()) {
        i += 2;
        continue;
      }
      if (c == ']') {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static CharClass charClass(String body) {
    boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
    List<char[]> ranges = new ArrayList<>();
    List<String> posix = new ArrayList<>();
    for (int i = negated ? 1 : 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '[' && i + 1 < body.length() && body.charAt(i + 1) == ':' && body.indexOf(":]", i + 2) > 0) {
        int close = body.indexOf(":]", i + 2);
        posix.add(body.substring(i + 2, close));
        i = close + 1;
        continue;
      }
      if (c == '\\' && i + 1 < body.length()) {
        c = body.charAt(++i);
      }
      if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
        char to = body.charAt(i + 2) == '\\' && i + 3 < body.length() ? body.charAt(i + 3) : body.charAt(i + 2);
        ranges.add(new char[] {c, to}); // a reversed range matches nothing, as in git
        i += body.charAt(i + 2) == '\\' && i + 3 < body.length() ? 3 : 2;
      } else {
        ranges.add(new char[] {c, c});
      }
    }
    return new CharClass(List.copyOf(ranges), List.copyOf(posix), negated);
  }

  /** Whether the whole path matches. */
  public boolean matches(String path) {
    int accept = states.size();
    BitSet current = new BitSet(accept + 1);
    addWithFree(current, 0);
    for (int i = 0; i < path.length() && !current.isEmpty(); i++) {
      char c = path.charAt(i);
      BitSet next = new BitSet(accept + 1);
      for (int s = current.nextSetBit(0); s >= 0 && s < accept; s = current.nextSetBit(s + 1)) {
        State state = states.get(s);
        if (state.consume() != null && state.consume().accepts(c)) {
          addWithFree(next, state.next());
        }
      }
      current = next;
    }
    return current.get(accept);
  }

  private void addWithFree(BitSet set, int state) {
    if (set.get(state)) {
      return;
    }
    set.set(state);
    if (state < states.size()) {
      for (int free : states.get(state).free()) {
        addWithFree(set, free);
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
