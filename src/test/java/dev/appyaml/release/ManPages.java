package dev.appyaml.release;

import dev.appyaml.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step of the release profile (not a test): writes the AsciiDoc man pages of the whole
 * command tree with picocli-codegen's ManPageGenerator; asciidoctor turns them into roff.
 * Usage: ManPages OUTPUT_DIRECTORY
 */
public final class ManPages {

  private ManPages() {}

  public static void main(String[] args) throws Exception {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Main.Environment environment = new Main.Environment(InputStream.nullInputStream(), Map.of(), false, LocalDate.now());
    File out = new File(args[0]);
    if (!out.isDirectory() && !out.mkdirs()) {
      throw new IllegalStateException("cannot create " + out);
    }
    int code = ManPageGenerator.generateManPage(out, null, new boolean[0], false,
        dev.appyaml.cli.CommandTree.commandLine(sink, sink, environment).getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("ManPageGenerator exited with " + code);
    }
  }
}
