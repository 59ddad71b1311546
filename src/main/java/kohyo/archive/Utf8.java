package kohyo.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 for the archive's own text files: a damaged byte is a finding, not a U+FFFD. */
final class Utf8 {

  private Utf8() {}

  /** The text, or empty when the bytes are not UTF-8. */
  static Optional<String> decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    if (decoder.decode(ByteBuffer.wrap(bytes), out, true).isError()
        || decoder.flush(out).isError()) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }
}
