package dev.appyaml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether standard output is a terminal: the launcher's word (-Dappyaml.interactive), else the JVM's console. */
class TerminalTest {

  @Test
  void theLauncherDecides() {
    assertTrue(Main.Environment.interactive("true"));
    assertFalse(Main.Environment.interactive("false"));
  }

  @Test
  void withoutTheLauncherTheConsoleDecides() {
    boolean console = System.console() != null;
    assertEquals(console, Main.Environment.interactive(null));
    assertEquals(console, Main.Environment.interactive("maybe"));
  }
}
