package kohyo.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kohyo.base.AtomicFiles;
import kohyo.base.Sha256;
import kohyo.casefile.FieldsReader;
import kohyo.load.YamlDocument;
import kohyo.load.YamlReader;

/**
 * One data file (a case file or {@code period.yaml}) as the editor opens and saves it: its fields,
 * or its raw text when YAML cannot read it, and a version (the SHA-256 of its bytes) so that a save
 * over a file someone else changed since it was opened is refused rather than made.
 */
public final class DataFile {

  private DataFile() {}

  /** The file's version when it does not exist. */
  public static final String ABSENT = "";

  /** A file as opened. */
  public sealed interface Opened<T> permits Fields, Unreadable {
    String version();

    String text();
  }

  /**
   * A file the form can show.
   *
   * @param notKept what a save would not keep (comments, unknown keys), from {@link FieldsReader}
   * @param canonical whether the file is already written as a save would write it
   */
  public record Fields<T>(
      T fields, List<FieldsReader.NotKept> notKept, boolean canonical, String version, String text)
      implements Opened<T> {
    public Fields {
      notKept = List.copyOf(notKept);
    }
  }

  /** A file YAML cannot read: the clerk fixes its text, shown with the check's messages. */
  public record Unreadable<T>(String version, String text) implements Opened<T> {}

  /**
   * Reads a file.
   *
   * @return empty when it does not exist
   */
  public static <T> Optional<Opened<T>> open(
      Path file, Function<YamlDocument, FieldsReader.Read<T>> reader, Function<T, String> writer)
      throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    String version = Sha256.hex(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (new YamlReader().read(file, file.toString()) instanceof YamlReader.Read read
        && Sha256.hex(read.document().source().bytes()).equals(version)) {
      FieldsReader.Read<T> fields = reader.apply(read.document());
      boolean canonical = writer.apply(fields.fields()).equals(read.document().source().text());
      return Optional.of(new Fields<>(fields.fields(), fields.notKept(), canonical, version, text));
    }
    return Optional.of(new Unreadable<>(version, text));
  }

  /** The version of the file on disk now. */
  public static String version(Path file) throws IOException {
    try {
      return Sha256.hex(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return ABSENT;
    }
  }

  /**
   * Writes the file atomically, unless it changed since {@code expected} was read.
   *
   * @return empty when written, else the version on disk now (the file changed or was removed)
   */
  public static Optional<String> write(Path file, String text, String expected) throws IOException {
    String now = version(file);
    if (!now.equals(expected)) {
      return Optional.of(now);
    }
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    return Optional.empty();
  }

  /**
   * Deletes the file, unless it changed since {@code expected} was read.
   *
   * @return empty when deleted, else the version on disk now
   */
  public static Optional<String> delete(Path file, String expected) throws IOException {
    String now = version(file);
    if (!now.equals(expected)) {
      return Optional.of(now);
    }
    Files.deleteIfExists(file);
    return Optional.empty();
  }
}
