package dev.appyaml.rules.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.rule.Disk;
import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload check sees what gcloud uploads, and walks only where an upload pattern can reach. */
class UploadedFilesTest {

  @Test
  void literalPrefixIsWhatEveryMatchStartsWith() {
    assertEquals("static/favicon.ico", UploadedFiles.literalPrefix("static/favicon\\.ico"));
    assertEquals("static/", UploadedFiles.literalPrefix("static/(robots|humans)\\.txt"));
    assertEquals("static/", UploadedFiles.literalPrefix("^static/.*"));
    assertEquals("asset", UploadedFiles.literalPrefix("assets?/.*"));
    assertEquals("a", UploadedFiles.literalPrefix("a+b"));
    assertEquals("", UploadedFiles.literalPrefix("static/a|public/b"));
    assertEquals("", UploadedFiles.literalPrefix("(?i)static/.*"));
    assertEquals("", UploadedFiles.literalPrefix("[a-z]+/x"));
    assertEquals("static/", UploadedFiles.literalPrefix("static/[^/]+"));
  }

  @Test
  void walksOnlyDirectoriesAPatternReachesAndHonoursGcloudignore(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("static/img"));
    Files.writeString(dir.resolve("static/img/a.png"), "x");
    Files.createDirectories(dir.resolve("node_modules/pkg"));
    Files.writeString(dir.resolve("node_modules/pkg/index.js"), "x");
    Files.createDirectories(dir.resolve("build"));
    Files.writeString(dir.resolve("build/b.png"), "x");
    Files.writeString(dir.resolve(".gcloudignore"), "build/\n");
    Files.writeString(dir.resolve("main.py"), "x");
    assertEquals(List.of(".gcloudignore", "main.py", "static/img/a.png"),
        UploadedFiles.list(Disk.direct(), dir, List.of("static/")).orElseThrow().stream().sorted().toList());
    assertEquals(List.of(".gcloudignore", "main.py", "static/img/a.png"),
        UploadedFiles.list(Disk.direct(), dir, List.of("")).orElseThrow().stream().filter(f -> !f.startsWith("node_modules"))
            .sorted().toList());
  }

  @Test
  void listsInNameOrderAndFollowsNoLinkToAFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("static/b"));
    Files.writeString(dir.resolve("static/b/z.png"), "x");
    Files.writeString(dir.resolve("static/a.png"), "x");
    Files.writeString(dir.resolve("static/c.png"), "x");
    Files.createSymbolicLink(dir.resolve("static/linked"), dir.resolve("static/b"));
    Files.createSymbolicLink(dir.resolve("static/d.png"), dir.resolve("static/a.png"));
    assertEquals(List.of("static/a.png", "static/b/z.png", "static/c.png", "static/d.png"),
        UploadedFiles.list(Disk.direct(), dir, List.of("static/")).orElseThrow());
  }

  @Test
  void tooManyFilesJudgeNothing(@TempDir Path dir) throws IOException {
    Disk disk = Disk.forRun();
    List<Disk.Entry> many = new java.util.ArrayList<>();
    for (int i = 0; i <= UploadedFiles.MAX_FILES; i++) {
      many.add(new Disk.Entry("f" + i + ".png", Disk.Kind.FILE, false, 1));
    }
    disk.keep(dir, many);
    assertEquals(java.util.Optional.empty(), UploadedFiles.list(disk, dir, List.of("")));
  }

  @Test
  void aFileThatGcloudignoreLeavesOutIsNotUploaded(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("build"));
    Files.writeString(dir.resolve("build/site.css"), "x");
    Files.writeString(dir.resolve(".gcloudignore"), "build/\n");
    Files.writeString(dir.resolve("app.yaml"), "runtime: python312\nhandlers:\n- url: /(.*\\.css)\n"
        + "  static_files: build/\\1\n  upload: build/.*\\.css\n- url: /.*\n  script: auto\n");
    Cli.Run run = Cli.run("validate", "--format", "gnu", "--select", "AY425", dir.resolve("app.yaml").toString());
    assertTrue(run.out().contains("upload build/.*\\.css matches no file"), run.out());
    Files.delete(dir.resolve(".gcloudignore"));
    run = Cli.run("validate", "--format", "gnu", "--select", "AY425", dir.resolve("app.yaml").toString());
    assertEquals("", run.out());
  }
}
