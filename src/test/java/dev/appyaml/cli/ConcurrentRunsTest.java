package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules are shared by every run and hold no per-run state: {@code Main.run} on 8 threads at once
 * over every YAML file of testdata/ and the shared corpus gives each file exactly the findings a
 * sequential run gives it. (This is what {@code --jobs}, a language server and embedding rely on.)
 */
class ConcurrentRunsTest {

  private static final int THREADS = 8;

  static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>(yamlFilesUnder(Path.of("testdata")));
    Path corpus = Path.of("..", "shared", "corpus");
    if (Files.isDirectory(corpus)) {
      files.addAll(yamlFilesUnder(corpus));
    }
    return files;
  }

  private static List<Path> yamlFilesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList();
    }
  }

  private static String findings(Path file) {
    Cli.Run run = Cli.run("validate", "--format", "json", "--no-config", "--as-of", "2026-11-21", file.toString());
    return run.exitCode() + "\n" + run.out() + run.err();
  }

  @Test
  void eightThreadsGiveEachFileTheSequentialFindings() throws Exception {
    List<Path> files = files();
    assertTrue(files.size() > 300, "too few files to exercise concurrency: " + files.size());
    Map<Path, String> sequential = new ConcurrentHashMap<>();
    files.forEach(f -> sequential.put(f, findings(f)));

    List<Path> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(8));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Map.Entry<Path, String>>> results = new ArrayList<>();
      for (Path file : shuffled) {
        results.add(pool.submit(() -> Map.entry(file, findings(file))));
      }
      for (Future<Map.Entry<Path, String>> result : results) {
        Map.Entry<Path, String> concurrent = result.get();
        assertEquals(sequential.get(concurrent.getKey()), concurrent.getValue(), concurrent.getKey().toString());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
