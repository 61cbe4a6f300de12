package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import dev.appyaml.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-file rules judge within one app (testdata/apps): a partial list reads the app's other
 * service files from disk as context, two apps in one tree never see each other, and a service
 * file outside any app belongs to none.
 */
class AppsTest {

  private static final String CROSS_FILE_RULES = "AY715,AY716,AY727,AY728,AY729";

  private static Cli.Run validate(String... files) {
    String[] args = new String[files.length + 7];
    System.arraycopy(new String[] {"validate", "--color", "never", "--as-of", "2026-11-21", "--select",
        CROSS_FILE_RULES}, 0, args, 0, 7);
    System.arraycopy(files, 0, args, 7, files.length);
    return Cli.run(args);
  }

  /**
   * A cron.yaml in a huge folder (a home or temp folder) must not make the run walk all of it for
   * context: the search stops after Discovery.CONTEXT_ENTRIES entries. The walk is in name order,
   * so a service file past the budget is not seen, and its target is reported as unknown.
   */
  @Test
  void contextSearchLooksAtABoundedNumberOfEntries(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("cron.yaml"), "cron:\n- url: /a\n  schedule: every 1 hours\n  target: late\n");
    Files.writeString(dir.resolve("app.yaml"), "runtime: python312\n");
    Path crowd = Files.createDirectory(dir.resolve("aaa"));
    for (int i = 0; i < Discovery.CONTEXT_ENTRIES; i++) {
      Files.createFile(crowd.resolve("f" + i + ".txt"));
    }
    Path late = Files.createDirectories(dir.resolve("zzz"));
    Files.writeString(late.resolve("app.yaml"), "runtime: python312\nservice: late\n");
    Cli.Run run = validate(dir.resolve("cron.yaml").toString());
    assertTrue(run.out().contains("target late is not a service"), run.out());
    for (int i = 0; i < 10; i++) {
      Files.delete(crowd.resolve("f" + i + ".txt"));
    }
    assertFalse(validate(dir.resolve("cron.yaml").toString()).out().contains("target late"),
        "within the budget the service file is found");
  }

  @Test
  void partialListReadsTheAppsOtherServiceFilesAsContext() {
    Cli.Run run = validate("testdata/apps/partial/dispatch.yaml", "testdata/apps/partial/a/app.yaml");
    assertEquals("", run.err());
    Golden.assertMatches(Path.of("testdata/apps/partial.out"), run.out());
    assertFalse(run.out().contains("service api "), "api is defined by b/app.yaml on disk");
    assertFalse(run.out().contains("service admin "), "admin is defined by c/app.yaml on disk");
    assertTrue(run.out().contains("service billing "), "billing is defined nowhere");
    assertFalse(run.out().contains("partial/b/") || run.out().contains("partial/c/"),
        "files read as context get no findings");
  }

  @Test
  void aServiceFileAloneReportsNothingIntoTheDispatchFileNotGiven() {
    Cli.Run run = validate("testdata/apps/partial/a/app.yaml");
    assertEquals(0, run.exitCode(), run.out());
    assertFalse(run.out().contains("dispatch.yaml"), run.out());
  }

  @Test
  void twoAppsInOneTreeNeverSeeEachOther() {
    Cli.Run run = validate("testdata/apps/two-apps");
    assertEquals("", run.err());
    Golden.assertMatches(Path.of("testdata/apps/two-apps.out"), run.out());
    assertTrue(run.out().contains("service www is not defined"), "www belongs to the blog app, not the shop");
    assertTrue(run.out().contains("target api is not a service"), "api belongs to the shop app, not the blog");
  }

  @Test
  void aServiceFileOutsideAnyAppBelongsToNone() {
    Cli.Run run = validate("testdata/apps/outside");
    assertEquals("", run.err());
    Golden.assertMatches(Path.of("testdata/apps/outside.out"), run.out());
    assertTrue(run.out().contains("service lone is not defined"), "lone/ is not below the site's root");
  }

  @Test
  void configurationDeclaresAnAppRoot() {
    String dispatch = "testdata/apps/declared/deploy/dispatch.yaml";
    Cli.Run declared = validate(dispatch);
    assertEquals(0, declared.exitCode(), declared.out() + declared.err());
    assertFalse(declared.out().contains("[AY715]"), "services/api/app.yaml is in the declared app: " + declared.out());
    Cli.Run byDefault = validate("--no-config", dispatch);
    assertTrue(byDefault.out().contains("service api is not defined"), "by default deploy/ is the app: " + byDefault.out());
  }

  @Test
  void configurationListsAnAppsServiceFiles() {
    String dispatch = "testdata/apps/listed/deploy/dispatch.yaml";
    Cli.Run listed = validate(dispatch);
    assertEquals(0, listed.exitCode(), listed.out() + listed.err());
    assertFalse(listed.out().contains("[AY715]"), "services/api/app.yaml is listed for the app: " + listed.out());
    assertTrue(validate("--no-config", dispatch).out().contains("service api is not defined"));
  }
}
