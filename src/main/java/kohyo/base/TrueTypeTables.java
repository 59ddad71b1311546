package kohyo.base;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a TrueType font, read from and written to its bytes, and the one change to them
 * that fontbox's subsetter does not make: dropping the hinting (the {@code fpgm}, {@code prep} and
 * {@code cvt } programs and each glyph's instructions).
 *
 * <p>Hinting adjusts outlines to a screen's pixel grid at small sizes; PDF viewers and printers
 * draw the outlines unhinted, and in the bundled fonts the instructions are a fifth of every glyph.
 * WeasyPrint drops them from its subsets for the same reason.
 */
final class TrueTypeTables {

  private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;
  private static final int HEAD_INDEX_TO_LOC_FORMAT = 50;

  private TrueTypeTables() {}

  /** The font's tables by tag. */
  static Map<String, byte[]> read(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    Map<String, byte[]> tables = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int entry = 12 + 16 * i;
      String tag = new String(font, entry, 4, StandardCharsets.US_ASCII);
      int offset = in.getInt(entry + 8);
      int length = in.getInt(entry + 12);
      tables.put(tag, Arrays.copyOfRange(font, offset, offset + length));
    }
    return tables;
  }

  /** A font of these tables, in tag order, each 4-byte aligned, with its checksums. */
  static byte[] write(Map<String, byte[]> tables) {
    Map<String, byte[]> sorted = new TreeMap<>(tables);
    int count = sorted.size();
    int searchRange = Integer.highestOneBit(count) * 16;
    ByteBuffer header = ByteBuffer.allocate(12 + 16 * count);
    header.putInt(0x00010000);
    header.putShort((short) count);
    header.putShort((short) searchRange);
    header.putShort((short) Integer.numberOfTrailingZeros(Integer.highestOneBit(count)));
    header.putShort((short) (count * 16 - searchRange));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int offset = header.capacity();
    byte[] head = sorted.get("head");
    if (head != null) {
      head = head.clone();
      Arrays.fill(head, HEAD_CHECKSUM_ADJUSTMENT, HEAD_CHECKSUM_ADJUSTMENT + 4, (byte) 0);
      sorted.put("head", head);
    }
    for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
      byte[] table = e.getValue();
      byte[] padded = Arrays.copyOf(table, (table.length + 3) & ~3);
      header.put(e.getKey().getBytes(StandardCharsets.US_ASCII));
      header.putInt(checksum(padded));
      header.putInt(offset);
      header.putInt(table.length);
      body.writeBytes(padded);
      offset += padded.length;
    }
    byte[] font = new byte[offset];
    System.arraycopy(header.array(), 0, font, 0, header.capacity());
    System.arraycopy(body.toByteArray(), 0, font, header.capacity(), offset - header.capacity());
    if (head != null) {
      int headAt = ByteBuffer.wrap(font).getInt(12 + 16 * indexOf(sorted, "head") + 8);
      ByteBuffer.wrap(font).putInt(headAt + HEAD_CHECKSUM_ADJUSTMENT, 0xB1B0AFBA - checksum(font));
    }
    return font;
  }

  /**
   * Drops the hinting programs and every glyph's instructions, leaving the outlines as they are.
   * The glyph table is rewritten with a long {@code loca}, which is the format fontbox writes.
   */
  static void unhint(Map<String, byte[]> tables) {
    tables.remove("fpgm");
    tables.remove("prep");
    tables.remove("cvt ");
    byte[] head = tables.get("head");
    ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
    if (ByteBuffer.wrap(head).getShort(HEAD_INDEX_TO_LOC_FORMAT) != 1) {
      throw new IllegalArgumentException("expected a long loca table");
    }
    byte[] glyf = tables.get("glyf");
    int glyphs = loca.capacity() / 4 - 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(glyf.length);
    ByteBuffer newLoca = ByteBuffer.allocate(loca.capacity());
    for (int g = 0; g < glyphs; g++) {
      newLoca.putInt(out.size());
      int from = loca.getInt(4 * g);
      int to = loca.getInt(4 * g + 4);
      out.writeBytes(withoutInstructions(Arrays.copyOfRange(glyf, from, to)));
      while (out.size() % 4 != 0) {
        out.write(0);
      }
    }
    newLoca.putInt(out.size());
    tables.put("glyf", out.toByteArray());
    tables.put("loca", newLoca.array());
  }

  /** One glyph's description without its instructions. */
  static byte[] withoutInstructions(byte[] glyph) {
    if (glyph.length == 0) {
      return glyph;
    }
    ByteBuffer g = ByteBuffer.wrap(glyph);
    int contours = g.getShort(0);
    if (contours >= 0) {
      int at = 10 + 2 * contours;
      int instructions = g.getShort(at) & 0xFFFF;
      byte[] out = new byte[glyph.length - instructions];
      System.arraycopy(glyph, 0, out, 0, at);
      // instructionLength stays 0 in the copy; the flags and coordinates follow
      System.arraycopy(
          glyph, at + 2 + instructions, out, at + 2, glyph.length - at - 2 - instructions);
      return out;
    }
    // a composite glyph: components, then instructions if the last component's flags say so
    int at = 10;
    int flagsAt;
    int flags;
    do {
      flagsAt = at;
      flags = g.getShort(at) & 0xFFFF;
      at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
      if ((flags & 0x0080) != 0) {
        at += 8;
      } else if ((flags & 0x0040) != 0) {
        at += 4;
      } else if ((flags & 0x0008) != 0) {
        at += 2;
      }
    } while ((flags & 0x0020) != 0);
    if ((flags & 0x0100) == 0) {
      return Arrays.copyOf(glyph, at);
    }
    byte[] out = Arrays.copyOf(glyph, at);
    ByteBuffer.wrap(out).putShort(flagsAt, (short) (flags & ~0x0100));
    return out;
  }

  private static int indexOf(Map<String, byte[]> sorted, String tag) {
    int i = 0;
    for (String t : sorted.keySet()) {
      if (t.equals(tag)) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException(tag);
  }

  /** The TrueType checksum: the sum of the big-endian 32-bit words, zero-padded. */
  private static int checksum(byte[] bytes) {
    ByteBuffer words = ByteBuffer.wrap(Arrays.copyOf(bytes, (bytes.length + 3) & ~3));
    int sum = 0;
    while (words.hasRemaining()) {
      sum += words.getInt();
    }
    return sum;
  }
}
