package dev.appyaml.rules.flex;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files gcloud looks for in a flexible service's source folder before it builds the image
 * (GC-DEPLOYCMD {@code _NeedsDockerfile}): a {@code Dockerfile} and a Cloud Build
 * {@code cloudbuild.yaml}.
 */
record BuildFiles(boolean dockerfile, boolean cloudbuild) {

  static final String DOCKERFILE = "Dockerfile";
  static final String CLOUDBUILD = "cloudbuild.yaml";

  static BuildFiles in(Path folder) {
    return new BuildFiles(Files.isRegularFile(folder.resolve(DOCKERFILE)),
        Files.isRegularFile(folder.resolve(CLOUDBUILD)));
  }

  /**
   * The Dockerfile the App Engine Maven and Gradle plugins stage next to a service file kept in
   * {@code src/main/appengine}: they take it from {@code src/main/docker}.
   */
  static boolean stagedDockerfile(Path folder) {
    Path main = folder.getParent();
    return folder.endsWith(Path.of("src", "main", "appengine")) && main != null
        && Files.isRegularFile(main.resolve("docker").resolve(DOCKERFILE));
  }
}
