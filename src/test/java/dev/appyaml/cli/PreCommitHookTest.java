package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Runs the hook with the real pre-commit tool when it is installed (Debian package pre-commit):
 * green on clean files, red on a broken one. Skipped where pre-commit is absent.
 */
class PreCommitHookTest {

  static boolean preCommitInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, "pre-commit").canExecute()) {
        return true;
      }
    }
    return false;
  }

  @Test
  @EnabledIf("preCommitInstalled")
  void hookPassesOnCleanFilesAndFailsOnABrokenOne() throws Exception {
    Process process = new ProcessBuilder("bash", "src/precommit/try-hook.sh").redirectErrorStream(true).start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, finished, "try-hook.sh did not finish");
    assertEquals(0, process.exitValue(), output);
  }
}
