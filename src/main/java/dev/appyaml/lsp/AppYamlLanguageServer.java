package dev.appyaml.lsp;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The protocol's lifecycle (initialize, shutdown, exit) around the open documents. */
final class AppYamlLanguageServer implements LanguageServer, LanguageClientAware {

  private final Documents documents;
  private final String version;
  private final CountDownLatch exited = new CountDownLatch(1);
  private volatile boolean shutdownRequested;

  AppYamlLanguageServer(Supplier<LocalDate> today, String version) {
    this.documents = new Documents(today);
    this.version = version;
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    capabilities.setTextDocumentSync(sync);
    capabilities.setHoverProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(":", " ")));
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("appyaml", version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    documents.stop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.countDown();
  }

  /** Waits for the exit notification; false if {@code stillConnected} turned false first. */
  boolean awaitExit(java.util.function.BooleanSupplier stillConnected) throws InterruptedException {
    while (!exited.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      if (!stillConnected.getAsBoolean()) {
        return false;
      }
    }
    return true;
  }

  /** The exit code the protocol asks for: 0 after shutdown, 1 for an exit without one. */
  int exitCode() {
    return shutdownRequested ? 0 : 1;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {
        documents.revalidateAll();
      }

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        documents.revalidateAll();
      }
    };
  }
}
