package dev.appyaml.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code appyaml lsp}: a language server on two streams. The only entry into LSP4J: nothing of it
 * loads unless this runs. Returns when the client sends exit or closes the input.
 */
public final class LanguageServerMain {

  private LanguageServerMain() {}

  public static int serve(InputStream in, OutputStream out, Supplier<LocalDate> today, String version) {
    quietProtocolLog();
    AppYamlLanguageServer server = new AppYamlLanguageServer(today, version);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      boolean exited = server.awaitExit(() -> !listening.isDone());
      return exited ? server.exitCode() : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      server.shutdown();
      listening.cancel(true);
    }
  }

  /**
   * LSP4J logs a malformed message with its stack trace; one line on standard error (the
   * editor's log) says the same without burying it.
   */
  private static void quietProtocolLog() {
    Logger log = Logger.getLogger("org.eclipse.lsp4j");
    log.setUseParentHandlers(false);
    if (log.getHandlers().length == 0) {
      ConsoleHandler handler = new ConsoleHandler();
      handler.setFormatter(new Formatter() {
        @Override
        public String format(LogRecord record) {
          return "appyaml lsp: " + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
              + formatMessage(record).lines().findFirst().orElse("") + System.lineSeparator();
        }
      });
      log.addHandler(handler);
    }
  }
}
