package kohyo.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import kohyo.base.TextPositions;

/**
 * Strict UTF-8 decoding. Java's usual decoders replace bad bytes with U+FFFD silently; a publishing
 * tool must instead say where the file is broken, because a replaced character would be printed in
 * the official PDF.
 */
final class TextDecoder {

  /** The text, or the first bad byte's position. */
  sealed interface Result permits Decoded, Malformed {}

  record Decoded(String text) implements Result {}

  record Malformed(int line, int column, int badByte) implements Result {}

  private TextDecoder() {}

  static Result decode(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      return malformedAt(out, bytes[in.position()] & 0xff);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      out.flip();
      return malformedAt(out, bytes[Math.min(in.position(), bytes.length - 1)] & 0xff);
    }
    out.flip();
    return new Decoded(out.toString());
  }

  private static Malformed malformedAt(CharBuffer decodedSoFar, int badByte) {
    String text = decodedSoFar.toString();
    TextPositions positions = TextPositions.of(text);
    return new Malformed(
        positions.lineAt(text.length()), positions.columnAt(text.length()), badByte);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }
}
