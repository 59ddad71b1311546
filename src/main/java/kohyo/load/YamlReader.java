package kohyo.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
public final class YamlReader {

  /** Case files are a few kilobytes; anything near this is not a case file. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  static final int MAX_ALIASES = 10;
  static final int MAX_NESTING = 16;

  private static final Pattern FULLWIDTH_COLON_KEY =
      Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:：#\"'\\-][^:：\"']{0,20}?)\\s*：");

  public sealed interface Outcome permits Read, Failed {}

  public record Read(YamlDocument document) implements Outcome {}

  public record Failed(List<Problem> problems) implements Outcome {}

  public Outcome read(Path file, String displayPath) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return fail(
            displayPath,
            1,
            1,
            Problem.Kind.FILE,
            "ファイルが大きすぎます（" + size + " バイト。上限は " + MAX_FILE_BYTES + " バイト）。");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return fail(
          displayPath, 1, 1, Problem.Kind.FILE, "ファイルを読めません（" + IoMessages.describe(e) + "）。");
    }
    TextDecoder.Result decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.Malformed m) {
      return fail(
          displayPath,
          m.line(),
          m.column(),
          Problem.Kind.ENCODING,
          String.format("UTF-8 として正しくないバイト 0x%02X があります。ファイルを UTF-8 で保存し直してください。", m.badByte()));
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
          String.format("使用できない制御文字 U+%04X があります。", e.getCodePoint()));
    } catch (MarkedYAMLException e) {
      List<Problem> problems = new ArrayList<>(fullWidthColons(source));
      if (problems.isEmpty()) {
        // an unclosed quote is found at the end of the file; the place to fix is where it opened
        boolean runaway =
            e.getProblem() != null
                && e.getProblem().startsWith("found unexpected end of stream")
                && e.getContextMark() != null;
        SourcePosition at =
            SourcePosition.of(path, runaway ? e.getContextMark() : e.getProblemMark());
        problems.add(
            Problem.at(at, Problem.Kind.SYNTAX, "", SyntaxMessages.translate(e.getProblem())));
      }
      return new Failed(problems);
    } catch (YAMLException e) {
      return fail(path, 1, 1, Problem.Kind.SYNTAX, SyntaxMessages.translateLimit(e.getMessage()));
    } catch (StackOverflowError e) {
      return fail(path, 1, 1, Problem.Kind.SYNTAX, "入れ子が深すぎます。");
    }
    if (root != null && !(root instanceof MappingNode)) {
      List<Problem> colons = fullWidthColons(source);
      if (!colons.isEmpty()) {
        return new Failed(colons);
      }
    }
    return new Read(new YamlDocument(source, root));
  }

  /**
   * A key written with a full-width colon ({@code 所属：本庁}) is the commonest mistake of people typing
   * Japanese, and YAML's own message for it is meaningless to them, so it is named explicitly.
   */
  static List<Problem> fullWidthColons(SourceFile source) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FULLWIDTH_COLON_KEY.matcher(lines[i]);
      if (m.find()) {
        int column = lines[i].indexOf('：', m.end(1)) + 1;
        problems.add(
            new Problem(
                source.displayPath(),
                i + 1,
                column,
                Problem.Kind.SYNTAX,
                "",
                "キーの区切りに全角コロン「：」が使われています。半角コロンと空白「: 」にしてください。"));
      }
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
