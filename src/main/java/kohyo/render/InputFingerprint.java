package kohyo.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import kohyo.base.Installation;
import kohyo.base.Sha256;
import kohyo.check.CheckedPeriod;
import kohyo.load.SourceFile;

/**
 * The fingerprint a draft carries: the first 12 hex digits of a SHA-256 over everything the PDF is
 * made from.
 *
 * <p>The inputs go in a fixed order — {@code period.yaml}, the publisher file when there is one
 * (named as it lies from the folder: {@code publisher.yaml} or {@code ../publisher.yaml}), the case
 * files by name, every file under {@code templates/} by relative name, the fonts by name — each as
 * its name, its length and its bytes, so that moving text from one file to another changes the
 * fingerprint too. The folder's own location and name are not part of it: a copy of a period folder
 * has the same fingerprint.
 */
public final class InputFingerprint {

  public static final int DIGITS = 12;

  private InputFingerprint() {}

  public static String of(CheckedPeriod period) {
    List<Entry> entries = new ArrayList<>();
    period.period().ifPresent(p -> entries.add(new Entry("period.yaml", p.bytes())));
    period
        .publisher()
        .ifPresent(p -> p.source().ifPresent(s -> entries.add(new Entry(p.label(), s.bytes()))));
    period.cases().stream()
        .sorted(Comparator.comparing(SourceFile::fileName))
        .forEach(s -> entries.add(new Entry("cases/" + s.fileName(), s.bytes())));
    for (Installation.File f : period.installation().files()) {
      entries.add(new Entry(f.label(), f.bytes()));
    }
    return digest(entries).substring(0, DIGITS);
  }

  private record Entry(String name, byte[] bytes) {}

  private static String digest(List<Entry> entries) {
    MessageDigest md = Sha256.digest();
    for (Entry e : entries) {
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      md.update(lengthOf(name.length));
      md.update(name);
      md.update(lengthOf(e.bytes().length));
      md.update(e.bytes());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static byte[] lengthOf(long n) {
    byte[] out = new byte[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) n;
      n >>>= 8;
    }
    return out;
  }
}
