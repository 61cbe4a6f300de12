package dev.appyaml.report;

import dev.appyaml.rule.Severity;
import org.jline.jansi.Ansi;

/** Colours for the text reporter; the CLI decides whether there are any. */
public interface Palette {

  String severity(Severity severity, String text);

  String location(String text);

  String dim(String text);

  String emphasis(String text);

  Palette PLAIN = new Palette() {
    @Override
    public String severity(Severity severity, String text) {
      return text;
    }

    @Override
    public String location(String text) {
      return text;
    }

    @Override
    public String dim(String text) {
      return text;
    }

    @Override
    public String emphasis(String text) {
      return text;
    }
  };

  /** ANSI colours through Jansi. */
  Palette ANSI = new Palette() {
    @Override
    public String severity(Severity severity, String text) {
      Ansi.Color color = switch (severity) {
        case ERROR -> Ansi.Color.RED;
        case WARNING -> Ansi.Color.YELLOW;
        case INFO -> Ansi.Color.CYAN;
      };
      return Ansi.ansi().bold().fg(color).a(text).reset().toString();
    }

    @Override
    public String location(String text) {
      return Ansi.ansi().bold().a(text).reset().toString();
    }

    @Override
    public String dim(String text) {
      return Ansi.ansi().fgBrightBlack().a(text).reset().toString();
    }

    @Override
    public String emphasis(String text) {
      return Ansi.ansi().fg(Ansi.Color.GREEN).a(text).reset().toString();
    }
  };
}
