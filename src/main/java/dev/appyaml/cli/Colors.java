package dev.appyaml.cli;

import dev.appyaml.report.Palette;
import java.util.Map;

/** Decides whether the text output gets colour: --color, then NO_COLOR, FORCE_COLOR, a terminal. */
final class Colors {

  enum Mode { AUTO, ALWAYS, NEVER }

  private Colors() {}

  static Palette choose(Mode mode, Map<String, String> env, boolean interactive) {
    return switch (mode) {
      case ALWAYS -> Palette.ANSI;
      case NEVER -> Palette.PLAIN;
      case AUTO -> auto(env, interactive) ? Palette.ANSI : Palette.PLAIN;
    };
  }

  private static boolean auto(Map<String, String> env, boolean interactive) {
    if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
      return false;
    }
    String force = env.getOrDefault("FORCE_COLOR", "");
    if (!force.isEmpty()) {
      return !force.equals("0") && !force.equalsIgnoreCase("false");
    }
    return interactive && !"dumb".equals(env.get("TERM"));
  }
}
