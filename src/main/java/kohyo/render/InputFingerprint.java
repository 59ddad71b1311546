package kohyo.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import kohyo.base.Home;
import kohyo.load.LoadedPeriod;
import kohyo.load.YamlDocument;

/**
 * The fingerprint a draft carries: the first 12 hex digits of a SHA-256 over everything the PDF is
 * made from.
 *
 * <p>The inputs go in a fixed order — {@code period.yaml}, the case files by name, every file under
 * {@code templates/} by relative name, the fonts by name — each as its name, its length and its
 * bytes, so that moving text from one file to another changes the fingerprint too. The folder's own
 * location and name are not part of it: a copy of a period folder has the same fingerprint.
 */
public final class InputFingerprint {

  public static final int DIGITS = 12;

  private InputFingerprint() {}

  public static String of(LoadedPeriod period, Home home) {
    List<Entry> entries = new ArrayList<>();
    if (period.period() != null) {
      entries.add(new Entry("period.yaml", period.period().source().bytes()));
    }
    period.cases().stream()
        .map(YamlDocument::source)
        .sorted(Comparator.comparing(s -> s.fileName()))
        .forEach(s -> entries.add(new Entry("cases/" + s.fileName(), s.bytes())));
    for (Path template : files(home.templates())) {
      entries.add(new Entry("templates/" + relative(home.templates(), template), read(template)));
    }
    home.fontFiles().stream()
        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
        .forEach(font -> entries.add(new Entry("fonts/" + font.getFileName(), read(font))));
    return digest(entries).substring(0, DIGITS);
  }

  private record Entry(String name, byte[] bytes) {}

  private static String digest(List<Entry> entries) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Entry e : entries) {
        byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
        md.update(lengthOf(name.length));
        md.update(name);
        md.update(lengthOf(e.bytes().length));
        md.update(e.bytes());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] lengthOf(long n) {
    byte[] out = new byte[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) n;
      n >>>= 8;
    }
    return out;
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> relative(folder, p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forward slashes on every system, so that the fingerprint does not depend on the platform. */
  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
