package dev.appyaml.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code appyaml --version}: the tool's version and the date of its runtime data. */
public final class ToolVersion implements IVersionProvider {

  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/appyaml/appyaml.properties")) {
      if (in != null) {
        properties.load(in);
      }
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
