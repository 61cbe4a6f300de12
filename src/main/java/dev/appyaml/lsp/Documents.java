package dev.appyaml.lsp;

import dev.appyaml.cli.InMemoryValidation;
import dev.appyaml.rule.Diagnostic;
import dev.appyaml.rule.FileKind;
import dev.appyaml.rule.Fix;
import dev.appyaml.rule.Severity;
import dev.appyaml.source.Range;
import dev.appyaml.source.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents: validated on open and save at once, on change after a pause in typing,
 * one at a time on one worker thread, and never by the thread that reads the protocol.
 */
final class Documents implements TextDocumentService {

  static final long DEBOUNCE_MILLIS = 250;

  private record Open(String text, int version) {}

  private final Map<String, Open> open = new ConcurrentHashMap<>();
  private final Map<String, Findings> findings = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "appyaml-lsp-validate");
    t.setDaemon(true);
    return t;
  });
  private final Supplier<LocalDate> today;
  private volatile LanguageClient client;

  Documents(Supplier<LocalDate> today) {
    this.today = today;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  void stop() {
    worker.shutdownNow();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    open.put(doc.getUri(), new Open(doc.getText(), doc.getVersion()));
    schedule(doc.getUri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var changes = params.getContentChanges();
    if (changes.isEmpty()) {
      return;
    }
    String uri = params.getTextDocument().getUri();
    open.put(uri, new Open(changes.get(changes.size() - 1).getText(), params.getTextDocument().getVersion()));
    schedule(uri, DEBOUNCE_MILLIS);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    open.remove(uri);
    findings.remove(uri);
    Optional.ofNullable(pending.remove(uri)).ifPresent(f -> f.cancel(false));
    publish(uri, List.of(), null);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // A saved file can change its neighbours' cross-file findings: revalidate every open document.
    open.keySet().forEach(uri -> schedule(uri, 0));
  }

  /** Revalidates everything open, after a neighbour or a .appyaml.yaml changed on disk. */
  void revalidateAll() {
    open.keySet().forEach(uri -> schedule(uri, 0));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return CompletableFuture.supplyAsync(() -> current(params.getTextDocument().getUri())
        .flatMap(f -> Hovers.at(f, params.getPosition())).orElse(null), worker);
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    String uri = params.getTextDocument().getUri();
    return CompletableFuture.supplyAsync(() -> Either.forLeft(Optional.ofNullable(open.get(uri))
        .map(o -> Completions.at(o.text(), kindOf(uri), params.getPosition())).orElse(List.of())), worker);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return CompletableFuture.supplyAsync(() -> current(params.getTextDocument().getUri())
        .map(f -> CodeActions.at(f, params.getRange()).stream().map(Either::<Command, CodeAction>forRight).toList())
        .orElse(List.of()), worker);
  }

  /** The findings of the document's current text, validating it now if a change is still pending. */
  private Optional<Findings> current(String uri) {
    Open doc = open.get(uri);
    Findings known = findings.get(uri);
    if (doc == null) {
      return Optional.empty();
    }
    if (known == null || !known.source().text().equals(doc.text())) {
      validate(uri);
    }
    return Optional.ofNullable(findings.get(uri));
  }

  private void schedule(String uri, long delayMillis) {
    ScheduledFuture<?> next = worker.schedule(() -> validate(uri), delayMillis, TimeUnit.MILLISECONDS);
    Optional.ofNullable(pending.put(uri, next)).ifPresent(f -> f.cancel(false));
  }

  private void validate(String uri) {
    Open doc = open.get(uri);
    if (doc == null) {
      return;
    }
    FileKind kind = kindOf(uri);
    Findings result;
    try {
      InMemoryValidation.Result r = InMemoryValidation.validate(pathOf(uri), doc.text(), this::openText, today.get());
      List<Diagnostic> diagnostics = r.configProblem()
          .map(p -> List.of(new Diagnostic(r.source().displayPath(), Range.point(dev.appyaml.source.Position.START),
              "AY000", Severity.ERROR, "configuration: " + p, Optional.<Fix>empty())))
          .orElse(r.diagnostics());
      result = new Findings(uri, r.source(), kind, diagnostics);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      SourceFile source = new SourceFile(uri, doc.text());
      result = new Findings(uri, source, kind, List.of(new Diagnostic(uri, Range.point(dev.appyaml.source.Position.START),
          "AY000", Severity.ERROR, "internal error in appyaml: " + e + "; please report it", Optional.empty())));
      log(MessageType.Error, "appyaml: internal error validating " + uri + ": " + e);
    }
    findings.put(uri, result);
    publish(uri, result.lsp(), doc.version());
  }

  private Optional<String> openText(Path path) {
    return open.entrySet().stream().filter(e -> pathOf(e.getKey()).equals(path)).map(e -> e.getValue().text()).findFirst();
  }

  private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics, Integer version) {
    LanguageClient c = client;
    if (c != null) {
      PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diagnostics);
      params.setVersion(version);
      c.publishDiagnostics(params);
    }
  }

  private void log(MessageType type, String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(type, message));
    }
  }

  /** A file: URI's path; for another scheme (an unsaved "untitled:" buffer), its name in the working directory. */
  static Path pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equals(parsed.getScheme())) {
        return Path.of(parsed).toAbsolutePath().normalize();
      }
      String path = parsed.getSchemeSpecificPart();
      return Path.of(path.substring(path.lastIndexOf('/') + 1)).toAbsolutePath();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of("app.yaml").toAbsolutePath();
    }
  }

  static FileKind kindOf(String uri) {
    Path name = pathOf(uri).getFileName();
    return FileKind.fromFileName(name == null ? "app.yaml" : name.toString());
  }
}
