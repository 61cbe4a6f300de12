package dev.appyaml.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appyaml.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server through a real LSP4J client over streams, in process. */
class LanguageServerTest {

  private static final String BROKEN = String.join("\n",
      "runtime: python312",
      "instance_clas: F2",
      "env_variables: {GREETING_\uD83D\uDE00: \"\u4F60\u597D\", 1BAD: x}",
      "automatic_scaling:",
      "  target_cpu_utilization: 1.2",
      "");
  private static final String FIXED = String.join("\n",
      "runtime: python312",
      "instance_class: F2",
      "automatic_scaling:",
      "  max_instances: 5",
      "handlers:",
      "- url: /.*",
      "  script: auto",
      "  secure: ",
      "");

  @TempDir
  Path dir;

  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private CompletableFuture<Integer> serverExit;
  private LanguageServer server;
  private OutputStream toServer;

  @BeforeEach
  void start() throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    toServer = clientOut;
    serverExit = CompletableFuture.supplyAsync(() -> LanguageServerMain.serve(serverIn, serverOut, () -> Cli.TODAY, "test"));
    Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    client.startListening();
    server = client.getRemoteProxy();
  }

  @AfterEach
  void stop() throws IOException {
    toServer.close();
  }

  @Test
  void diagnosticsFixesHoverCompletionAndACleanExit() throws Exception {
    InitializeResult init = server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
    assertTrue(init.getCapabilities().getHoverProvider().getLeft());
    server.initialized(new InitializedParams());

    Path file = dir.resolve("app.yaml");
    Files.writeString(file, BROKEN, StandardCharsets.UTF_8);
    String uri = file.toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, BROKEN)));
    PublishDiagnosticsParams opened = next(uri);
    assertEquals(expectedFromValidate(file, BROKEN), shown(opened.getDiagnostics()));

    // UTF-16: 1BAD comes after an emoji (two code units) and two CJK characters (one each).
    String line = BROKEN.split("\n")[2];
    Diagnostic bad = opened.getDiagnostics().stream().filter(d -> d.getMessage().contains("1BAD")).findFirst().orElseThrow();
    assertEquals(new Position(2, line.indexOf("1BAD")), bad.getRange().getStart());
    assertEquals(new Position(2, line.indexOf("1BAD") + 4), bad.getRange().getEnd());
    Diagnostic greeting = opened.getDiagnostics().stream().filter(d -> d.getMessage().contains("GREETING")).findFirst().orElseThrow();
    assertEquals(line.indexOf(':', line.indexOf("GREETING")), greeting.getRange().getEnd().getCharacter());

    Diagnostic typo = opened.getDiagnostics().stream().filter(d -> "AY101".equals(d.getCode().getLeft())).findFirst().orElseThrow();
    List<CodeAction> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
        new TextDocumentIdentifier(uri), typo.getRange(), new CodeActionContext(List.of(typo)))).get(10, TimeUnit.SECONDS)
        .stream().map(e -> e.getRight()).toList();
    CodeAction rename = actions.stream().filter(a -> a.getTitle().equals("Rename it to instance_class")).findFirst().orElseThrow();
    assertEquals("instance_class", rename.getEdit().getChanges().get(uri).get(0).getNewText());
    assertEquals(typo.getRange(), rename.getEdit().getChanges().get(uri).get(0).getRange());
    CodeAction disable = actions.stream().filter(a -> a.getTitle().equals("Disable AY101 for this line")).findFirst().orElseThrow();
    assertEquals("# appyaml: disable=AY101 -- reason\n", disable.getEdit().getChanges().get(uri).get(0).getNewText());

    Hover onKey = hover(uri, new Position(0, 3));
    assertTrue(onKey.getContents().getRight().getValue().contains("Runtime of the service."), onKey.toString());
    assertTrue(onKey.getContents().getRight().getValue().contains("https://cloud.google.com/appengine/docs/standard/reference/app-yaml"));
    Hover onFinding = hover(uri, new Position(4, 27));
    assertTrue(onFinding.getContents().getRight().getValue().contains("out-of-range"), onFinding.toString());
    assertTrue(onFinding.getContents().getRight().getValue().contains("target_cpu_utilization"), onFinding.toString());

    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
        List.of(new TextDocumentContentChangeEvent(FIXED))));
    PublishDiagnosticsParams changed = next(uri);
    assertEquals(2, changed.getVersion());
    assertEquals(List.of(), changed.getDiagnostics());

    List<String> keys = labels(uri, new Position(3, 2));
    assertTrue(keys.contains("min_instances") && keys.contains("target_cpu_utilization"), keys.toString());
    assertFalse(keys.contains("runtime"), keys.toString());
    assertEquals(List.of("optional", "never", "always", "default"), labels(uri, new Position(7, 10)));
    List<String> handlerKeys = labels(uri, new Position(6, 2));
    assertTrue(handlerKeys.contains("static_dir") && handlerKeys.contains("script"), handlerKeys.toString());
    assertFalse(handlerKeys.contains("url") || handlerKeys.contains("secure"), "keys already written: " + handlerKeys);

    server.shutdown().get(10, TimeUnit.SECONDS);
    server.exit();
    assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
  }

  /**
   * The app around the open file counts as validate's does: the neighbouring dispatch.yaml is
   * checked against app.yaml (AY715), the directory's .appyaml.yaml re-grades and switches off
   * rules, and an inline suppression silences its line.
   */
  @Test
  void crossFileRulesConfigurationAndSuppressionsAsValidate() throws Exception {
    server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
    String app = "runtime: python312\ninstance_clas: F2  # appyaml: disable=AY101 -- legacy tooling\nservice_account: 1\n";
    String dispatch = "dispatch:\n- url: \"*/api/*\"\n  service: api\n";
    Files.writeString(dir.resolve("app.yaml"), app, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dispatch.yaml"), dispatch, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".appyaml.yaml"), "rules:\n  AY715: error\n  AY312: off\n", StandardCharsets.UTF_8);
    String dispatchUri = dir.resolve("dispatch.yaml").toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(dispatchUri, "yaml", 1, dispatch)));
    List<String> routed = shown(next(dispatchUri).getDiagnostics());
    assertEquals(expectedFromValidate(dir.resolve("dispatch.yaml"), dispatch, dir.resolve("app.yaml")), routed);
    assertTrue(routed.stream().anyMatch(d -> d.startsWith("AY715 error")), routed.toString());

    String appUri = dir.resolve("app.yaml").toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(appUri, "yaml", 1, app)));
    List<String> service = shown(next(appUri).getDiagnostics());
    assertTrue(service.stream().noneMatch(d -> d.startsWith("AY101") || d.startsWith("AY312")), service.toString());
    assertEquals(expectedFromValidate(dir.resolve("app.yaml"), app, dir.resolve("dispatch.yaml")), service);

    // Saving app.yaml with a service named api revalidates the open dispatch.yaml: AY715 is gone.
    String withApi = app + "service: api\n";
    Files.writeString(dir.resolve("app.yaml"), withApi, StandardCharsets.UTF_8);
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(appUri, 2),
        List.of(new TextDocumentContentChangeEvent(withApi))));
    server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(appUri)));
    List<String> after = List.of("pending");
    for (int i = 0; i < 5 && !after.isEmpty(); i++) {
      after = shown(next(dispatchUri).getDiagnostics());
    }
    assertEquals(List.of(), after);
  }

  @Test
  void badInputNeverKillsTheServer() throws Exception {
    server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
    String uri = dir.resolve("app.yaml").toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, "runtime: [\n\t- {{")));
    List<String> syntax = shown(next(uri).getDiagnostics());
    assertTrue(syntax.stream().anyMatch(d -> d.startsWith("AY001")), syntax.toString());

    synchronized (toServer) {
      for (String garbage : List.of("{not json}", "{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"nope\"}", "[1, 2, 3]")) {
        byte[] body = garbage.getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        toServer.write(body);
      }
      toServer.flush();
    }
    // Still answering.
    assertNotNull(labels(uri, new Position(1, 0)));

    StringBuilder huge = new StringBuilder("runtime: python312\nenv_variables:\n");
    for (int i = 0; huge.length() < 10 * 1024 * 1024 + 100; i++) {
      huge.append("  VARIABLE_").append(i).append(": ").append("x".repeat(80)).append('\n');
    }
    String big = dir.resolve("big").resolve("app.yaml").toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(big, "yaml", 1, huge.toString())));
    List<String> tooLarge = shown(next(big).getDiagnostics());
    assertFalse(tooLarge.isEmpty());
    assertTrue(tooLarge.get(0).contains("MB"), tooLarge.toString());

    String notYaml = dir.resolve("other").resolve("dispatch.yaml").toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(notYaml, "yaml", 1,
        "\u0000\u0001 <html><body>not yaml: at: all: \"</body>")));
    assertFalse(next(notYaml).getDiagnostics().isEmpty());

    assertTrue(labels(uri, new Position(1, 0)).contains("service"));
    server.shutdown().get(10, TimeUnit.SECONDS);
    server.exit();
    assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
  }

  @Test
  void exitWithoutShutdownIsExitCodeOne() throws Exception {
    server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
    server.exit();
    assertEquals(1, serverExit.get(10, TimeUnit.SECONDS));
  }

  private Hover hover(String uri, Position p) throws Exception {
    return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), p)).get(30, TimeUnit.SECONDS);
  }

  private List<String> labels(String uri, Position p) throws Exception {
    return server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), p))
        .get(10, TimeUnit.SECONDS).getLeft().stream().map(CompletionItem::getLabel).toList();
  }

  private PublishDiagnosticsParams next(String uri) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = published.poll(60, TimeUnit.SECONDS);
      assertNotNull(p, "no diagnostics for " + uri);
      if (p.getUri().equals(uri)) {
        return p;
      }
    }
  }

  /** A diagnostic as a line to compare: id, severity, range in UTF-16 units, message. */
  private static List<String> shown(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getSeverity().name().toLowerCase(java.util.Locale.ROOT)
        + " " + d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()
        + "-" + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " " + d.getMessage()).toList();
  }

  /** What validate --format json reports for the file, with its positions turned into UTF-16 offsets. */
  private static List<String> expectedFromValidate(Path file, String text, Path... neighbours) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", file.toString()));
    java.util.Arrays.stream(neighbours).map(Path::toString).forEach(args::add);
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    JsonNode report = new ObjectMapper().readTree(run.out());
    String[] lines = text.split("\n", -1);
    List<String> expected = new ArrayList<>();
    for (JsonNode d : report.get("diagnostics")) {
      if (!d.get("file").asText().equals(file.toString())) {
        continue;
      }
      JsonNode start = d.at("/range/start");
      JsonNode end = d.at("/range/end");
      String severity = d.get("severity").asText().replace("info", "information");
      expected.add(d.get("ruleId").asText() + " " + severity + " " + utf16(lines, start) + "-" + utf16(lines, end)
          + " " + d.get("message").asText());
    }
    assertFalse(expected.isEmpty());
    return expected;
  }

  private static String utf16(String[] lines, JsonNode p) {
    int line = p.get("line").asInt() - 1;
    String text = line < lines.length ? lines[line] : "";
    int columns = Math.min(p.get("column").asInt() - 1, text.codePointCount(0, text.length()));
    return line + ":" + text.offsetByCodePoints(0, columns);
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
