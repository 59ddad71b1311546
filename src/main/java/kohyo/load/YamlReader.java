package kohyo.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kohyo.base.IoMessages;
import kohyo.base.Problem;
import kohyo.base.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML file into a node tree with marks, or into problems.
 *
 * <p>Only {@code compose} is used: it builds nodes and never constructs Java objects, so tags such
 * as {@code !!javax.script.ScriptEngineManager} stay inert strings for the check stage to refuse.
 * Limits on size, aliases and nesting keep a hostile file from exhausting memory before anyone
 * looks at it.
 *
 * <p>Every file also goes through {@link Diagnosis}, which names the clerk's mistake on the raw
 * text: when SnakeYAML fails (its own message often points at the next line, or says something
 * unhelpful), and when SnakeYAML reads the file without a word but not as the clerk meant it (lines
 * joined with a space, a list that is not a list). A file with such an error is not handed on: what
 * YAML read is not what the clerk wrote.
 */
public final class YamlReader {

  /** Case files are a few kilobytes; anything near this is not a case file. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  static final int MAX_ALIASES = 10;
  static final int MAX_NESTING = 16;

  /** The keys a problem may name as its field (see {@link Diagnosis.Finding#problem}). */
  private final Set<String> fields;

  /** A reader whose problems name no field. */
  public YamlReader() {
    this(Set.of());
  }

  /**
   * @param fields the keys of the data files, which a problem about their lines may name as its
   *     field
   */
  public YamlReader(Set<String> fields) {
    this.fields = Set.copyOf(fields);
  }

  public sealed interface Outcome permits Read, Failed {}

  /**
   * A file read as the clerk meant it.
   *
   * @param warnings things that do not change what is read but must not pass unnoticed
   */
  public record Read(YamlDocument document, List<Problem> warnings) implements Outcome {
    public Read {
      warnings = List.copyOf(warnings);
    }
  }

  public record Failed(List<Problem> problems) implements Outcome {}

  public Outcome read(Path file, String displayPath) {
    RawFile raw = readRaw(file, displayPath);
    return raw.failure() != null ? raw.failure() : read(file, displayPath, raw.bytes());
  }

  /** A file's bytes, or why they could not be read. */
  record RawFile(byte[] bytes, Failed failure) {}

  static RawFile readRaw(Path file, String displayPath) {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return new RawFile(
            null, fail(displayPath, 1, 1, Problem.Kind.FILE, LoadMessages.tooLarge(size)));
      }
      return new RawFile(Files.readAllBytes(file), null);
    } catch (IOException e) {
      return new RawFile(
          null,
          fail(
              displayPath,
              1,
              1,
              Problem.Kind.FILE,
              LoadMessages.unreadable(IoMessages.describe(e))));
    }
  }

  /** Decodes and composes bytes already read (the caller compares files by their bytes). */
  Outcome read(Path file, String displayPath, byte[] bytes) {
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.Malformed m) {
      return fail(
          displayPath,
          m.line(),
          m.column(),
          Mistake.NOT_UTF8.kind(),
          Mistake.NOT_UTF8.message(String.format("%02X", m.badByte())));
    }
    String text = ((TextDecoder.Decoded) decoded).text();
    return compose(SourceFile.of(file, displayPath, text, bytes));
  }

  /** Composes text already read (the editor reads a checked file's fields from its bytes). */
  public Outcome compose(SourceFile source) {
    String path = source.displayPath();
    Node root;
    try {
      root = yaml().compose(new StringReader(source.text()));
    } catch (ReaderException e) {
      // the reader counts code points; the positions count chars
      String text = source.text();
      int offset =
          text.offsetByCodePoints(
              0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
      SourcePosition at = source.positions().positionAt(path, offset);
      return fail(
          path,
          at.line(),
          at.column(),
          Problem.Kind.ENCODING,
          LoadMessages.controlCharacter(e.getCodePoint()));
    } catch (MarkedYAMLException e) {
      return failed(source, e);
    } catch (YAMLException e) {
      return fail(path, 1, 1, Problem.Kind.SYNTAX, LoadMessages.translateLimit(e.getMessage()));
    } catch (StackOverflowError e) {
      return fail(path, 1, 1, Problem.Kind.SYNTAX, LoadMessages.tooDeep());
    }
    // a file that is not a mapping is something other than what the clerk meant: explain it if we
    // can
    boolean notAMapping = root != null && !(root instanceof MappingNode);
    List<Problem> problems = problems(source, Diagnosis.of(source.positions(), notAMapping, root));
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Failed(problems);
    }
    return new Read(new YamlDocument(source, root), problems);
  }

  /**
   * SnakeYAML could not read the file: the rows of the table that explain it, or SnakeYAML's own
   * problem in Japanese when none does (or when the explanations all lie after the place where
   * SnakeYAML stopped, which then is a mistake of its own).
   */
  private Failed failed(SourceFile source, MarkedYAMLException e) {
    List<Problem> problems = problems(source, Diagnosis.of(source.positions(), true, null));
    // an unclosed quote is found at the end of the file; the place to fix is where it opened
    boolean runaway =
        e.getProblem() != null
            && e.getProblem().startsWith("found unexpected end of stream")
            && e.getContextMark() != null;
    SourcePosition at =
        SourcePosition.of(source.displayPath(), runaway ? e.getContextMark() : e.getProblemMark());
    boolean explained = problems.stream().anyMatch(p -> p.isError() && p.line() <= at.line());
    if (!explained) {
      problems.add(Problem.at(at, Problem.Kind.SYNTAX, "", LoadMessages.translate(e.getProblem())));
      problems.sort(null);
    }
    return new Failed(problems);
  }

  private List<Problem> problems(SourceFile source, List<Diagnosis.Finding> findings) {
    List<Problem> problems = new ArrayList<>();
    for (Diagnosis.Finding f : findings) {
      problems.add(f.problem(source, fields));
    }
    return problems;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    options.setTagInspector(tag -> false);
    return new Yaml(options);
  }

  private static Failed fail(String path, int line, int column, Problem.Kind kind, String message) {
    return new Failed(List.of(new Problem(path, line, column, kind, "", message)));
  }
}
