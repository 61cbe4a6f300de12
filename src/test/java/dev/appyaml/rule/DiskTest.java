package dev.appyaml.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's disk answers from the listings it keeps, as the file system would, and from the disk for the rest. */
class DiskTest {

  @Test
  void answersLikeTheFileSystem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("app.yaml"), "runtime: python312\n");
    Files.createDirectories(dir.resolve("static"));
    Files.createSymbolicLink(dir.resolve("to-file"), dir.resolve("app.yaml"));
    Files.createSymbolicLink(dir.resolve("to-dir"), dir.resolve("static"));
    Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nothing"));
    Disk kept = Disk.forRun();
    kept.list(dir);
    Disk direct = Disk.direct();
    for (String name : List.of("app.yaml", "static", "to-file", "to-dir", "broken", "absent")) {
      Path path = dir.resolve(name);
      for (Disk disk : List.of(kept, direct)) {
        assertEquals(Files.isRegularFile(path), disk.isRegularFile(path), name);
        assertEquals(Files.isDirectory(path), disk.isDirectory(path), name);
        assertEquals(Files.exists(path), disk.exists(path), name);
      }
    }
  }

  @Test
  void aKeptListingIsNotReadAgain(@TempDir Path dir) throws IOException {
    Disk disk = Disk.forRun();
    // As a walk of "." keeps it: under the path as found, and normalized for the run's other look-ups.
    disk.keep(dir.resolve("."), List.of(new Disk.Entry("dispatch.yaml", Disk.Kind.FILE, false, 10)));
    Files.writeString(dir.resolve("cron.yaml"), "cron: []\n");
    assertTrue(disk.isRegularFile(dir.resolve("dispatch.yaml")));
    assertTrue(disk.isRegularFile(dir.resolve("./dispatch.yaml")));
    assertFalse(disk.isRegularFile(dir.resolve("cron.yaml")), "the listing is the run's view of the folder");
    assertFalse(disk.isRegularFile(dir.resolve("./cron.yaml")));
    assertEquals(List.of("dispatch.yaml"), disk.list(dir).stream().map(Disk.Entry::name).toList());
    assertTrue(Disk.direct().isRegularFile(dir.resolve("cron.yaml")));
  }

  @Test
  void listsInNameOrderAndKeepsWhatItRead(@TempDir Path dir) throws IOException {
    for (String name : List.of("b.txt", "a.txt", "c.txt")) {
      Files.writeString(dir.resolve(name), name);
    }
    Disk disk = Disk.forRun();
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), disk.list(dir).stream().map(Disk.Entry::name).toList());
    assertEquals(5, disk.list(dir).get(0).size());
    Files.delete(dir.resolve("a.txt"));
    assertTrue(disk.isRegularFile(dir.resolve("a.txt")), "kept from the first listing");
    assertFalse(Disk.direct().isRegularFile(dir.resolve("a.txt")));
  }

  @Test
  void childrenWhoseNamesDoNotDecodeAreStillFound(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("app.yaml"), "x");
    // A name that is not UTF-8: its bytes come back as they are, so the file can still be read.
    Process touch = new ProcessBuilder("sh", "-c", "printf x > \"$(printf '\\377.yaml')\"").directory(dir.toFile()).start();
    assertEquals(0, touch.waitFor());
    List<Path> children = Disk.children(dir);
    assertEquals(2, children.size());
    for (Path child : children) {
      assertTrue(Files.isRegularFile(child), child.toString());
    }
  }

  @Test
  void keepsAtMostItsCapacity(@TempDir Path dir) throws IOException {
    Disk disk = Disk.forRun();
    List<Disk.Entry> many = new ArrayList<>();
    for (int i = 0; i < Disk.MAX_ENTRIES; i++) {
      many.add(new Disk.Entry("f" + i, Disk.Kind.FILE, false, 0));
    }
    disk.keep(dir.resolve("full"), many);
    disk.keep(dir, List.of(new Disk.Entry("over.txt", Disk.Kind.FILE, false, 0)));
    Files.writeString(dir.resolve("real.txt"), "x");
    assertFalse(disk.isRegularFile(dir.resolve("over.txt")), "not kept: past the capacity");
    assertTrue(disk.isRegularFile(dir.resolve("real.txt")), "read from the disk");
    assertTrue(disk.isRegularFile(dir.resolve("full/f7")));
  }
}
