package dev.appyaml.cli;

import dev.appyaml.text.EmbedsText;
import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code appyaml --version}: the tool's version and the date of its runtime data. The version is
 * in {@code appyaml.properties}, which the build fills in and embeds (every report names it, and a
 * resource lookup costs start-up time).
 */
@EmbedsText(ToolVersion.PROPERTIES)
public final class ToolVersion implements IVersionProvider {

  static final String PROPERTIES = "appyaml.properties";

  public static String version() {
    String text = EmbeddedTexts.of(PROPERTIES);
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text == null ? "" : text));
    } catch (IOException e) {
      return "unknown";
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"appyaml " + version(),
        "runtime data: App Engine support schedule of " + dev.appyaml.runtime.RuntimeCatalog.bundled().scheduleDate()};
  }
}
