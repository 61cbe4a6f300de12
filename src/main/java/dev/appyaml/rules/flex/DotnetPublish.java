package dev.appyaml.rules.flex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A .NET project deploys from its publish folder ({@code dotnet publish}, then {@code gcloud app
 * deploy bin/Release/.../publish/app.yaml}), not from the folder the service file is kept in. A
 * project file that marks the Dockerfile {@code CopyToPublishDirectory="Never"} keeps it out of
 * that folder, so gcloud never sees it.
 */
final class DotnetPublish {

  private static final int MAX_PROJECT_FILES = 16;
  private static final int MAX_PROJECT_BYTES = 1 << 20;

  private DotnetPublish() {}

  /** Whether a project file in {@code folder} keeps the Dockerfile out of the publish folder. */
  static boolean keepsDockerfileOut(Path folder) {
    int seen = 0;
    try (DirectoryStream<Path> projects = Files.newDirectoryStream(folder, "*.csproj")) {
      for (Path project : projects) {
        if (++seen > MAX_PROJECT_FILES) {
          return false;
        }
        if (Files.isRegularFile(project) && dockerfileNeverPublished(read(project))) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false; // unreadable: judge the folder as it is
    }
    return false;
  }

  private static String read(Path project) throws IOException {
    try (InputStream in = Files.newInputStream(project)) {
      return new String(in.readNBytes(MAX_PROJECT_BYTES), StandardCharsets.UTF_8);
    }
  }

  /**
   * An item naming the Dockerfile ({@code Include} or {@code Update}) whose
   * {@code CopyToPublishDirectory}, as an attribute or a child element, is {@code Never}.
   */
  static boolean dockerfileNeverPublished(String xml) {
    String text = xml.replace('\'', '"');
    int from = 0;
    while (true) {
      int name = indexOfItem(text, from);
      if (name < 0) {
        return false;
      }
      int open = text.lastIndexOf('<', name);
      int tagEnd = text.indexOf('>', name);
      if (open < 0 || tagEnd < 0) {
        return false;
      }
      boolean selfClosing = text.charAt(tagEnd - 1) == '/';
      int end = selfClosing ? tagEnd : closingTag(text, open, tagEnd);
      String item = text.substring(open, end).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
      if (item.contains("copytopublishdirectory=\"never\"")
          || item.contains("<copytopublishdirectory>never</copytopublishdirectory>")) {
        return true;
      }
      from = tagEnd;
    }
  }

  private static int indexOfItem(String text, int from) {
    int include = text.indexOf("Include=\"Dockerfile\"", from);
    int update = text.indexOf("Update=\"Dockerfile\"", from);
    return include < 0 ? update : update < 0 ? include : Math.min(include, update);
  }

  private static int closingTag(String text, int open, int tagEnd) {
    int nameEnd = open + 1;
    while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int close = text.indexOf("</" + text.substring(open + 1, nameEnd), tagEnd);
    return close < 0 ? tagEnd : close;
  }
}
