package dev.appyaml.yaml;

import dev.appyaml.source.Position;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import dev.appyaml.yaml.YamlDocument.Kind;
import dev.appyaml.yaml.YamlDocument.LoadProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns text into our node tree. The only class that knows SnakeYAML.
 *
 * <p>It reads SnakeYAML's event stream (not its composed nodes) and builds the tree with an
 * explicit stack, so that nesting depth, alias expansion and size stay bounded for hostile input
 * and duplicate keys survive for a rule to report. Scalars are typed by YAML 1.1 rules, like
 * Google's PyYAML-based loader.
 */
public final class YamlLoader {

  /** Deeper nesting than any real configuration; stops stack and memory abuse. */
  public static final int MAX_DEPTH = 100;
  /** How many nodes aliases may add in total before the file counts as an alias bomb. */
  public static final int MAX_ALIAS_EXPANSION = 10_000;
  /**
   * Largest text accepted, in code points. App Engine configuration files are a few KB (Google
   * allows 100 handlers, 20 dispatch rules, 250 cron jobs); 1 MB keeps every file within the
   * promise of under 2 s and bounded memory (docs/reliability.md has the measurements).
   */
  public static final int MAX_CODE_POINTS = 1024 * 1024;
  /** Most values (scalars and collections) in one file; real files have a few hundred. */
  public static final int MAX_NODES = 20_000;
  /** Most items in one list or mapping: well above Google's own limits (1,000 environment variables). */
  public static final int MAX_ITEMS = 2_000;

  private static final String STR_TAG = "tag:yaml.org,2002:str";

  private final SourceFile source;
  private final List<YamlNode> documents = new ArrayList<>();
  private final List<Range> anchors = new ArrayList<>();
  private final List<Range> aliases = new ArrayList<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private final Map<String, YamlNode> anchored = new HashMap<>();
  private final Map<YamlNode, Integer> expandedSize = new IdentityHashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int aliasBudget = MAX_ALIAS_EXPANSION;
  private int nodes;
  /** Where the last event ended: the best position for a failure that carries none. */
  private Position lastKnown = Position.START;
  /** {@link #lastKnown} as SnakeYAML's code-point index. */
  private int lastKnownIndex;

  private YamlLoader(SourceFile source) {
    this.source = source;
  }

  public static YamlDocument load(SourceFile source) {
    YamlLoader loader = new YamlLoader(source);
    loader.run();
    return new YamlDocument(
        source, loader.problems.isEmpty() ? loader.documents : List.of(),
        loader.anchors, loader.aliases, loader.problems);
  }

  private void run() {
    String text = source.text();
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      problems.add(new LoadProblem(Kind.LIMIT, Range.point(Position.START),
          "file is larger than " + MAX_CODE_POINTS / (1024 * 1024)
              + " MB; App Engine configuration files are a few kilobytes"));
      return;
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source.displayPath())
        .setCodePointLimit(MAX_CODE_POINTS + 1)
        // One buffer for the whole text: with the default 1 KB window SnakeYAML copies the window
        // for every chunk of a long token, which is quadratic in a long scalar.
        .setBufferSize(Math.max(1024, text.length() + 1))
        .setUseMarks(true)
        .build();
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        if (!accept(event)) {
          return;
        }
        lastKnown = end(event);
        lastKnownIndex = event.getEndMark().map(Mark::getIndex).orElse(lastKnownIndex);
      }
    } catch (MarkedYamlEngineException e) {
      // By offset, so that the position splits lines as SourceFile does (SnakeYAML's own line count
      // disagrees after runs of lone CRs, and could point past the end of the input).
      String message = describe(e);
      Range at = e.getProblemMark().map(m -> ErrorSpan.at(source, m.getIndex(), message.contains("escape")))
          .or(() -> e.getContextMark().map(m -> ErrorSpan.at(source, m.getIndex(), false)))
          .orElse(Range.point(lastKnown));
      problems.add(new LoadProblem(Kind.SYNTAX, at, message));
    } catch (ReaderException e) {
      problems.add(new LoadProblem(Kind.SYNTAX, ErrorSpan.at(source, e.getPosition(), false),
          String.format("special character U+%04X is not allowed in YAML", e.getCodePoint())));
    } catch (YamlEngineException e) {
      problems.add(new LoadProblem(Kind.SYNTAX, unmarked(), lowerFirst(e.getMessage())));
    } catch (NumberFormatException e) {
      // SnakeYAML converts the hex digits of an escape (backslash x, u or U) without checking them.
      problems.add(new LoadProblem(Kind.SYNTAX, unmarked(),
          "invalid escape sequence in a double-quoted string; expected \\x and 2 hex digits, \\u and 4 or \\U and 8,"
              + " naming a valid code point"));
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever else the parser throws on hostile text is a finding about the text, not a crash.
      problems.add(new LoadProblem(Kind.SYNTAX, Range.point(lastKnown),
          "the YAML parser could not read the text after this point (" + e.getClass().getSimpleName() + ")"));
    }
  }

  /**
   * Where an error SnakeYAML gives no mark for lies: an unchecked escape in the scalar being read
   * (the usual cause), else the end of the last event read.
   */
  private Range unmarked() {
    return ErrorSpan.badEscapeAfter(source, lastKnownIndex).orElse(Range.point(lastKnown));
  }

  /** Handles one event; false stops loading. */
  private boolean accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> stack.clear();
      case Scalar -> {
        ScalarEvent scalar = (ScalarEvent) event;
        if (scalar.getScalarStyle() == ScalarStyle.PLAIN && Yaml11.isOverlongInt(scalar.getValue())) {
          problems.add(new LoadProblem(Kind.LIMIT, new Range(start(event), end(event)),
              "integer of " + scalar.getValue().length() + " characters; Google's loader (Python) reads integers of at most "
                  + Yaml11.MAX_NUMBER_LENGTH + " digits"));
          return false;
        }
        return complete(scalar(scalar), (NodeEvent) event);
      }
      case Alias -> {
        return alias((AliasEvent) event);
      }
      case MappingStart, SequenceStart -> {
        CollectionStartEvent start = (CollectionStartEvent) event;
        if (stack.size() >= MAX_DEPTH) {
          problems.add(new LoadProblem(Kind.LIMIT, Range.point(start(event)),
              "nesting is deeper than " + MAX_DEPTH + " levels"));
          return false;
        }
        stack.push(new Frame(start, event.getEventId() == Event.ID.MappingStart));
      }
      case MappingEnd, SequenceEnd -> {
        Frame frame = stack.pop();
        YamlNode node = frame.build(start(frame.start), end(event));
        expandedSize.put(node, frame.size);
        return complete(node, frame.start);
      }
      default -> {
        // stream and document boundaries carry nothing we keep
      }
    }
    return true;
  }

  private ScalarNode scalar(ScalarEvent event) {
    Range range = new Range(start(event), end(event));
    String text = event.getValue();
    boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN;
    Optional<String> tag = event.getTag();
    if (tag.filter(STR_TAG::equals).isPresent() || !plain || tag.isPresent() && !event.getImplicit().canOmitTagInPlainScalar()) {
      return new ScalarNode(range, text, !plain, ScalarType.STRING, text);
    }
    Yaml11.Typed typed = Yaml11.resolvePlain(text);
    return new ScalarNode(range, text, false, typed.type(), typed.value());
  }

  private boolean alias(AliasEvent event) {
    Range range = new Range(start(event), end(event));
    aliases.add(range);
    YamlNode target = anchored.get(event.getAlias().getValue());
    if (target == null) {
      problems.add(new LoadProblem(Kind.SYNTAX, range,
          "alias *" + event.getAlias().getValue() + " refers to no anchor"));
      return false;
    }
    aliasBudget -= expandedSize.getOrDefault(target, 1);
    if (aliasBudget < 0) {
      problems.add(new LoadProblem(Kind.LIMIT, range,
          "aliases expand to more than " + MAX_ALIAS_EXPANSION + " nodes"));
      return false;
    }
    // The alias stands for the anchored node itself, so it keeps the anchor's range.
    return attach(target, range.end());
  }

  private boolean complete(YamlNode node, NodeEvent event) {
    event.getAnchor().ifPresent(anchor -> {
      anchors.add(node.range());
      anchored.put(anchor.getValue(), node);
    });
    return attach(node, node.range().end());
  }

  /** Adds a node to the open collection; {@code end} is where its text ends (an alias's own end). */
  private boolean attach(YamlNode node, Position end) {
    if (++nodes > MAX_NODES) {
      problems.add(new LoadProblem(Kind.LIMIT, node.range(), "the file has more than " + MAX_NODES
          + " values; App Engine configuration files have a few hundred"));
      return false;
    }
    if (!stack.isEmpty() && stack.peek().items() >= MAX_ITEMS) {
      Frame frame = stack.peek();
      problems.add(new LoadProblem(Kind.LIMIT, node.range(), (frame.mapping ? "a mapping has more than " + MAX_ITEMS + " keys"
          : "a list has more than " + MAX_ITEMS + " items") + "; Google's own limits are far lower"
          + " (100 handlers, 20 dispatch rules, 250 cron jobs, 1000 environment variables)"));
      return false;
    }
    if (stack.isEmpty()) {
      documents.add(node);
      return true;
    }
    Optional<String> problem = stack.peek().add(node, end, expandedSize);
    problem.ifPresent(message -> problems.add(new LoadProblem(Kind.SYNTAX, node.range(), message)));
    return problem.isEmpty();
  }

  /** SnakeYAML's words for an escape letter YAML does not define: the character, then its code. */
  private static final java.util.regex.Pattern UNKNOWN_ESCAPE =
      java.util.regex.Pattern.compile("found unknown escape character (\\S)\\(\\d+\\)");

  /** SnakeYAML's words for an 8-digit escape beyond U+10FFFF, which it calls an unknown escape character. */
  private static final java.util.regex.Pattern BEYOND_UNICODE =
      java.util.regex.Pattern.compile("found unknown escape character ([0-9A-Fa-f]{8})");

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
    String context = e.getContext();
    String message = problem == null ? "invalid YAML" : problem.strip();
    if (message.contains("(TAB)")) {
      return "a tab character cannot indent YAML; indent with spaces";
    }
    java.util.regex.Matcher unknown = UNKNOWN_ESCAPE.matcher(message);
    if (unknown.matches()) {
      return "unknown escape \\" + unknown.group(1) + " in a double-quoted string; write \\\\ for a backslash, or use"
          + " single quotes";
    }
    java.util.regex.Matcher beyond = BEYOND_UNICODE.matcher(message);
    if (beyond.matches()) {
      return "escape \\U" + beyond.group(1) + " in a double-quoted string names no character; the largest is \\U0010FFFF";
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    if (context != null && !context.equals(problem)) {
      message = message + " (" + context + ")";
    }
    return lowerFirst(message.replace("\t", "\\t").strip());
  }

  private static String lowerFirst(String s) {
    if (s == null || s.isEmpty()) {
      return "invalid YAML";
    }
    String first = s.split("\n", 2)[0];
    return Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private static Position start(Event event) {
    return event.getStartMark().map(YamlLoader::position).orElse(Position.START);
  }

  private static Position end(Event event) {
    return event.getEndMark().map(YamlLoader::position).orElse(Position.START);
  }

  /** The one place where SnakeYAML's 0-based marks become our 1-based positions. */
  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** A mapping or sequence being built. */
  private static final class Frame {
    final CollectionStartEvent start;
    final boolean mapping;
    final List<YamlNode> children = new ArrayList<>();
    int size = 1;
    Position lastEnd;

    Frame(CollectionStartEvent start, boolean mapping) {
      this.start = start;
      this.mapping = mapping;
    }

    /** Items so far: list items, or mapping entries (a key being added counts as one). */
    int items() {
      return mapping ? children.size() / 2 : children.size();
    }

    Optional<String> add(YamlNode node, Position end, Map<YamlNode, Integer> sizes) {
      if (mapping && children.size() % 2 == 0 && !(node instanceof ScalarNode)) {
        return Optional.of("mapping keys must be plain values, not " + node.kindName());
      }
      children.add(node);
      lastEnd = end;
      size += sizes.getOrDefault(node, 1);
      return Optional.empty();
    }

    YamlNode build(Position startPosition, Position endPosition) {
      Range range = new Range(startPosition,
          children.isEmpty() || start.isFlow() ? endPosition : lastEnd);
      if (!mapping) {
        return new SequenceNode(range, children);
      }
      List<MappingNode.Entry> entries = new ArrayList<>();
      for (int i = 0; i + 1 < children.size(); i += 2) {
        entries.add(new MappingNode.Entry((ScalarNode) children.get(i), children.get(i + 1)));
      }
      return new MappingNode(range, entries);
    }
  }
}
