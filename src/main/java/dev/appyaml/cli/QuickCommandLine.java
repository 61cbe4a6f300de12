package dev.appyaml.cli;

import dev.appyaml.cli.ValidateCommandLine.Arity;
import dev.appyaml.cli.ValidateCommandLine.Option;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plain validate command line without picocli: the options of {@link ValidateCommandLine}
 * in their long forms ({@code --name value}, {@code --name=value}), file names and {@code -}.
 * Anything else (help, an unknown, short or repeated option, a value picocli would refuse or read
 * otherwise, an {@code @file} argument, {@code --}) is left to picocli, which then does and says
 * what it always did. Picocli builds its whole model for every line, about 12 ms of a one-file run
 * and a few hundred classes of the start-up cache (docs/performance.md); the common line needs
 * none of it. {@code QuickCommandLineTest} checks that picocli sets the same values for every line
 * read here.
 */
final class QuickCommandLine {

  private QuickCommandLine() {}

  /**
   * Sets the options and files of {@code args} (validate's arguments, after its name) on
   * {@code command} and returns true; or sets nothing and returns false when picocli must read
   * the line.
   */
  static boolean read(List<String> args, ValidateCommand command) {
    Map<String, Option> byName = new HashMap<>();
    for (Option option : ValidateCommandLine.options(command)) {
      byName.put(option.name(), option);
    }
    List<String> files = new ArrayList<>();
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("@")) {
        return false;
      }
      if (arg.equals("-") || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      Option option = byName.get(equals < 0 ? arg : arg.substring(0, equals));
      if (option == null || option.arity() != Arity.LIST && given.containsKey(option.name())) {
        return false;
      }
      if (option.arity() == Arity.FLAG) {
        if (equals >= 0) {
          return false;
        }
        given.put(option.name(), Boolean.TRUE);
        continue;
      }
      String text;
      if (equals >= 0) {
        text = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        text = args.get(++i);
      } else {
        return false;
      }
      if (text.isEmpty() || text.startsWith("-") || text.startsWith("@")) {
        return false;
      }
      if (option.arity() == Arity.SINGLE) {
        Object value = converted(option, text);
        if (value == null) {
          return false;
        }
        given.put(option.name(), value);
      } else if (!append(option, text, given)) {
        return false;
      }
    }
    if (files.isEmpty()) {
      return false;
    }
    ValidateCommandLine.files(command).setter().accept(files);
    for (Option option : byName.values()) {
      Object value = given.get(option.name());
      if (value == null && option.defaultValue() != null) {
        value = converted(option, option.defaultValue());
      }
      if (value != null) {
        option.setter().accept(value);
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static boolean append(Option option, String text, Map<String, Object> given) {
    List<String> values = (List<String>) given.computeIfAbsent(option.name(), name -> new ArrayList<String>());
    if (!option.splitAtCommas()) {
      values.add(text);
      return true;
    }
    // Picocli's split keeps quoted commas together and empty items as they are: leave those to it.
    if (text.indexOf('"') >= 0 || text.startsWith(",") || text.endsWith(",") || text.contains(",,")) {
      return false;
    }
    values.addAll(List.of(text.split(",")));
    return true;
  }

  /** The value as picocli converts it, or null where picocli would refuse it or its type is not known here. */
  private static Object converted(Option option, String text) {
    Class<?> type = option.type();
    if (option.choices() != null) {
      return constant(option.choices(), text);
    }
    if (type == String.class) {
      return text;
    }
    if (type == Path.class) {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        return null;
      }
    }
    if (type == Integer.class) {
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** As picocli with case-insensitive enum values: the exact name, else the first name or toString equal ignoring case. */
  private static Object constant(List<?> constants, String text) {
    for (Object constant : constants) {
      if (((Enum<?>) constant).name().equals(text)) {
        return constant;
      }
    }
    for (Object constant : constants) {
      if (text.equalsIgnoreCase(constant.toString()) || text.equalsIgnoreCase(((Enum<?>) constant).name())) {
        return constant;
      }
    }
    return null;
  }
}
