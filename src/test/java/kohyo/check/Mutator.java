package kohyo.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a YAML file in the ways real files and hostile ones break: flipped bytes, cut-off ends,
 * stray YAML syntax, NUL and other control bytes, invalid UTF-8, huge values, deep nesting, tags,
 * anchors and aliases, lines lost, doubled or moved. Deterministic for a given {@link Random}.
 */
final class Mutator {

  private static final String[] TOKENS = {
    ": ",
    "- ",
    "? ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "|",
    "|-",
    ">",
    "'",
    "\"",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "  ",
    "：",
    "<<: *a\n",
    "&a ",
    "*a",
    "*b",
    "&a [1, 2]",
    "!!str ",
    "!!int ",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "!!python/object:os.system ",
    "!!javax.script.ScriptEngineManager ",
    "!!kohyo.load.Canary ",
    "!local ",
    "!<tag:yaml.org,2002:java.lang.Runtime> ",
    "!<!> ",
    "@",
    "`",
    "\\",
    "\\u0000",
    "\\x00",
    "%",
    "&",
    "*",
    "公表: 非公表\n",
    "公表: 公表\n",
    "非公表基準: 9\n",
    "発生日: 2025-02-30\n",
    "発生日: R7.13.1\n",
    "確認済み:\n  - 種別: 電話番号\n",
    "所属: 03-1234-5678\n",
    "備考: 田中様\n",
    "null",
    "~",
    "true",
    "0x1F",
    "1e999",
    "99999999999999999999",
    ".inf",
    "2025-04-01T00:00:00Z",
    "?",
    "\u3000",
    "\uFEFF",
    "\u2028",
    "\u0085",
    "😀",
    "\uE000",
    "\u0301",
    "ｱ",
    "〒100-0001",
    "{a: [b, {c: d}]}",
    "[[[[[[[[]]]]]]]]",
    // what clerks type (README 「よくある書き間違い」)
    "・",
    "･",
    "ー ",
    "－",
    "-",
    "\u00A0",
    "\u3000\u3000",
    "“",
    "”",
    "「",
    "」",
    " #",
    "|-\n  ",
    "\n  ・",
    "\n   - ",
    "\n  -",
    "（火）",
    "R7.1.20",
    "\u2029",
    "~$"
  };

  private final Random random;
  private final List<byte[]> others;
  private final List<String> applied = new ArrayList<>();

  Mutator(Random random, List<byte[]> others) {
    this.random = random;
    this.others = others;
  }

  /** One to three mutations of {@code input}; {@link #describe()} says which. */
  byte[] mutate(byte[] input) {
    applied.clear();
    byte[] out = input;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      out = once(out);
    }
    return out;
  }

  String describe() {
    return String.join(", ", applied);
  }

  private byte[] once(byte[] in) {
    int kind = random.nextInt(16);
    int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    switch (kind) {
      case 0 -> {
        note("byte at " + at);
        byte[] out = in.clone();
        if (out.length > 0) {
          out[Math.min(at, out.length - 1)] = (byte) random.nextInt(256);
        }
        return out;
      }
      case 1 -> {
        note("bit at " + at);
        byte[] out = in.clone();
        if (out.length > 0) {
          out[Math.min(at, out.length - 1)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
      }
      case 2 -> {
        note("truncate at " + at);
        return Arrays.copyOf(in, at);
      }
      case 3, 4, 5 -> {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        note("insert " + printable(token) + " at " + at);
        return insert(in, at, token.getBytes(StandardCharsets.UTF_8));
      }
      case 6 -> {
        note("NUL at " + at);
        return insert(in, at, new byte[1 + random.nextInt(3)]);
      }
      case 7 -> {
        byte[][] bad = {
          {(byte) 0xC3, (byte) 0x28},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xFF},
          {(byte) 0xE3, (byte) 0x81},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          {(byte) 0xC0, (byte) 0xAF},
          {0x01},
          {0x1B},
          {0x7F},
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        };
        note("bad bytes at " + at);
        return insert(in, at, bad[random.nextInt(bad.length)]);
      }
      case 8 -> {
        int n = random.nextInt(10) == 0 ? 1_100_000 : 1_000 + random.nextInt(300_000);
        String unit = random.nextBoolean() ? "x" : "あ";
        note("huge value (" + n + " × " + unit + ") at line start");
        String value = "備考: " + unit.repeat(unit.equals("x") ? n : n / 3) + "\n";
        return insert(in, lineStart(in, at), value.getBytes(StandardCharsets.UTF_8));
      }
      case 9 -> {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 50 : 3000);
        boolean flow = random.nextBoolean();
        note("nesting " + depth + (flow ? " flow" : " block"));
        StringBuilder b = new StringBuilder("n:");
        if (flow) {
          b.append(' ')
              .append("[".repeat(depth))
              .append("]".repeat(random.nextInt(depth + 1)))
              .append('\n');
        } else {
          b.append('\n');
          for (int i = 1; i < depth; i++) {
            b.append(" ".repeat(i)).append("- ").append(i % 3 == 0 ? "k:" : "").append('\n');
          }
        }
        return insert(in, lineStart(in, at), b.toString().getBytes(StandardCharsets.UTF_8));
      }
      case 10 -> {
        String[] pieces = {
          "&x" + random.nextInt(3) + " ",
          "*x" + random.nextInt(3),
          "!t" + random.nextInt(9) + " ",
          "!!"
              + List.of("java.io.File", "java.lang.ProcessBuilder", "map", "seq", "str")
                  .get(random.nextInt(5))
              + " ",
          "<<: *x" + random.nextInt(3) + "\n"
        };
        String piece = pieces[random.nextInt(pieces.length)];
        note("tag/anchor " + printable(piece) + " at " + at);
        return insert(in, afterColon(in, at), piece.getBytes(StandardCharsets.UTF_8));
      }
      case 11 -> {
        note("delete line at " + at);
        int s = lineStart(in, at);
        int e = lineEnd(in, s);
        return concat(
            Arrays.copyOf(in, s), Arrays.copyOfRange(in, Math.min(in.length, e + 1), in.length));
      }
      case 12 -> {
        note("double line at " + at);
        int s = lineStart(in, at);
        int e = Math.min(in.length, lineEnd(in, s) + 1);
        return insert(in, s, Arrays.copyOfRange(in, s, e));
      }
      case 13 -> {
        note("indent line at " + at);
        int s = lineStart(in, at);
        return random.nextBoolean() || s >= in.length || in[s] != ' '
            ? insert(in, s, " ".repeat(1 + random.nextInt(4)).getBytes(StandardCharsets.UTF_8))
            : concat(Arrays.copyOf(in, s), Arrays.copyOfRange(in, s + 1, in.length));
      }
      case 14 -> {
        byte[] other = others.get(random.nextInt(others.size()));
        int from = random.nextInt(other.length);
        int to = Math.min(other.length, from + random.nextInt(200));
        note("splice from another file at " + at);
        return insert(in, at, Arrays.copyOfRange(other, from, to));
      }
      default -> {
        note("drop bytes at " + at);
        int to = Math.min(in.length, at + 1 + random.nextInt(8));
        return concat(
            Arrays.copyOf(in, Math.min(at, in.length)), Arrays.copyOfRange(in, to, in.length));
      }
    }
  }

  private void note(String what) {
    applied.add(what);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                b.append(
                    c < 0x20 || c == 0x7F ? String.format("\\u%04X", c) : Character.toString(c)));
    return "\"" + b + "\"";
  }

  private static byte[] insert(byte[] in, int at, byte[] piece) {
    at = Math.min(at, in.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + piece.length);
    out.write(in, 0, at);
    out.writeBytes(piece);
    out.write(in, at, in.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int lineStart(byte[] in, int at) {
    int i = Math.min(at, in.length);
    while (i > 0 && in[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static int lineEnd(byte[] in, int from) {
    int i = from;
    while (i < in.length && in[i] != '\n') {
      i++;
    }
    return i;
  }

  /** Just after the next ": " (where a value starts), or {@code at} when there is none. */
  private static int afterColon(byte[] in, int at) {
    for (int i = Math.min(at, in.length); i + 1 < in.length; i++) {
      if (in[i] == ':' && in[i + 1] == ' ') {
        return i + 2;
      }
    }
    return Math.min(at, in.length);
  }
}
