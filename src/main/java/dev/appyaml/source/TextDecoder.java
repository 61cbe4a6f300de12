package dev.appyaml.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a file's bytes into text, or says where and why they are not UTF-8 text. */
public final class TextDecoder {

  private TextDecoder() {}

  /** The decoded text (a leading byte-order mark removed) or the problem. */
  public record Result(String text, Optional<NotText> problem) {}

  /** Why the bytes are not text, and where the first offending byte is. */
  public record NotText(Position at, String message) {}

  public static Result decode(byte[] bytes) {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      return notText(bytes, nul, "file is binary (it contains a NUL byte), not a YAML text file");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return new Result(text.startsWith("\uFEFF") ? text.substring(1) : text, Optional.empty());
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      return notText(bytes, bad, String.format(
          "file is not UTF-8 text: byte 0x%02X at offset %d cannot be decoded", bytes[bad] & 0xFF, bad));
    }
  }

  private static Result notText(byte[] bytes, int offset, String message) {
    return new Result("", Optional.of(new NotText(positionOf(bytes, offset), message)));
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? Math.min(in.position(), bytes.length - 1) : Math.max(0, bytes.length - 1);
  }

  /**
   * Line and column of a byte offset, lines split as {@link SourceFile} splits them (a lone CR
   * ends a line too) and columns counting the text before it, each undecodable byte as one.
   */
  private static Position positionOf(byte[] bytes, int offset) {
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    return new SourceFile("", before).positionOfCodePoint(before.codePointCount(0, before.length()));
  }
}
