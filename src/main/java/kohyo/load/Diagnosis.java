package kohyo.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kohyo.base.Problem;
import kohyo.base.TextPositions;
import kohyo.load.TextLayout.Line;
import kohyo.load.TextLayout.Role;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Finds the {@link Mistake}s of one file on its raw text, line by line, where SnakeYAML's own
 * message would name the wrong place or the wrong fix, or where SnakeYAML reads the file without a
 * word but not as the clerk meant it.
 *
 * <p>Some rules hold for any file (a tab, a full-width space used for indentation, a line of a
 * value that YAML joins to the previous one). Others only explain why SnakeYAML failed (a colon
 * inside a value, a value that starts with a quote), and run only then: on a file SnakeYAML read,
 * the same text is not a mistake. Findings about lines that YAML joins are confirmed against the
 * composed nodes when there are nodes, so that this approximate reading never overrules
 * SnakeYAML's.
 */
final class Diagnosis {

  /** One mistake at one char offset of the text. */
  /**
   * @param key the top-level key whose lines the mistake is in, as written ("" when none)
   */
  record Finding(int offset, String key, Mistake mistake, Object... args) {

    /**
     * @param fields the keys a problem may name as its field: a key written in the file is named
     *     only when it is one of them (a withheld case's text never becomes a field)
     */
    Problem problem(SourceFile source, Set<String> fields) {
      return Problem.at(
          source.positions().positionAt(source.displayPath(), offset),
          mistake.kind(),
          fields.contains(key) ? key : "",
          mistake.message(args));
    }
  }

  private static final Pattern FULLWIDTH_COLON_KEY =
      Pattern.compile("^([ \\t\\u3000]*(?:-\\s+)?)([^\\s:：#\"'\\-][^:：\"']{0,20}?)[ \\t\\u3000]*：");

  private final String text;
  private final TextLayout layout;
  private final boolean failed;
  private final ScalarSpans scalars;

  private final List<Finding> findings = new ArrayList<>();

  /** Lines that already have a finding about how they start: no second guess about them. */
  private final Set<Line> named = new HashSet<>();

  /** For each line (by index), the top-level KEY line whose block it is in. */
  private final Line[] topKeys;

  private Diagnosis(TextPositions positions, boolean failed, Node root) {
    this.text = positions.text();
    this.layout = TextLayout.of(positions);
    this.topKeys = new Line[layout.lines().size()];
    Line top = null;
    for (Line l : layout.lines()) {
      if (l.role == Role.KEY && l.indent == 0) {
        top = l;
      } else if (l.role == Role.TEXT
          && l.owner == null
          && l.content == l.start
          && l.content < l.end) {
        top = null; // a stray line: no key's block
      }
      topKeys[l.number - 1] = top;
    }
    this.failed = failed;
    this.scalars = ScalarSpans.of(root);
  }

  /**
   * The mistakes of one file.
   *
   * @param failed whether SnakeYAML could not read it (or read it as something other than a
   *     mapping): then the rules that explain a failure run too
   * @param root the composed document, or null
   */
  static List<Finding> of(TextPositions positions, boolean failed, Node root) {
    Diagnosis d = new Diagnosis(positions, failed, root);
    d.run();
    return d.deduplicated();
  }

  private void run() {
    separators();
    Line lastOwner = null;
    Line lastTop = null;
    Map<Line, List<Line>> lists = new LinkedHashMap<>();
    Line strayRun = null;
    for (Line line : layout.lines()) {
      if (line.start > 0 && ClerkCharacters.SEPARATORS.containsKey(text.charAt(line.start - 1))) {
        // the rest of a line that a pasted separator broke: that separator is the mistake
        named.add(line);
        continue;
      }
      switch (line.role) {
        case BLANK, COMMENT -> {
          continue;
        }
        case BLOCK, QUOTED -> {
          tabs(line);
          continue;
        }
        default -> {}
      }
      leading(line);
      tabs(line);
      if (line.role == Role.TEXT) {
        textStart(line);
        if (failed && line.owner == null && line.content < line.end && !named.contains(line)) {
          Line pseudo = stray(line, lastOwner, strayRun);
          strayRun = line;
          if (pseudo != null) {
            lastOwner = pseudo;
            lastTop = pseudo;
          }
          continue;
        }
      } else {
        value(line);
        if (failed) {
          valueStart(line);
          nestedColon(line, lastOwner);
        } else {
          anchorOrAlias(line);
        }
        if (line.role == Role.ITEM) {
          if (!named.contains(line)) {
            lists.computeIfAbsent(lastTop, k -> new ArrayList<>()).add(line);
          }
        }
        lastOwner = line;
        if (line.role == Role.KEY && line.indent == 0) {
          lastTop = line;
        }
      }
      strayRun = null;
      comment(line);
      if (failed) {
        fullWidthColon(line);
      }
    }
    listIndents(lists);
    joinedValues();
    if (failed) {
      blockIndents();
    }
  }

  /**
   * A line of a {@code |-} text indented less than the text's first line (but more than its key):
   * YAML ends the text there and cannot read the line.
   */
  private void blockIndents() {
    int first = -1;
    for (Line line : layout.lines()) {
      if (line.role != Role.BLOCK) {
        first = -1;
        continue;
      }
      if (line.content == line.end) {
        continue;
      }
      if (first < 0) {
        first = line.indent;
      } else if (line.indent < first) {
        add(line.start + line.indent, Mistake.BLOCK_LINE_LESS_INDENTED, first, line.indent);
        return;
      }
    }
  }

  // --- rules for any file

  /** U+2028, U+2029 and U+0085 end a line for YAML but show nothing. */
  private void separators() {
    for (int i = 0; i < text.length(); i++) {
      String name = ClerkCharacters.SEPARATORS.get(text.charAt(i));
      if (name != null) {
        add(i, Mistake.LINE_SEPARATOR, name);
      }
    }
  }

  /** A tab or an odd space where YAML wants half-width spaces. */
  private void leading(Line line) {
    for (int i = line.start; i < line.content; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        add(i, Mistake.TAB_INDENT);
        named.add(line);
        return;
      }
      if (ClerkCharacters.isOddSpace(c)) {
        Mistake m =
            line.content == line.end
                ? Mistake.ODD_SPACE_BLANK_LINE
                : line.role == Role.KEY && line.indent == 0
                    ? Mistake.ODD_SPACE_BEFORE_KEY
                    : Mistake.ODD_SPACE_INDENT;
        add(i, m, ClerkCharacters.describeOddSpace(c));
        named.add(line);
        return;
      }
    }
    if (line.role == Role.KEY) {
      for (int i = line.content; i < line.colon; i++) {
        if (ClerkCharacters.isOddSpace(text.charAt(i))) {
          add(i, Mistake.ODD_SPACE_IN_KEY, ClerkCharacters.describeOddSpace(text.charAt(i)));
          named.add(line);
          return;
        }
      }
    }
  }

  /** Tabs after the indentation: after a key's colon, after a list's dash, or inside text. */
  private void tabs(Line line) {
    int from = line.role == Role.BLOCK || line.role == Role.QUOTED ? line.start : line.content;
    int to = line.role == Role.BLOCK || line.role == Role.QUOTED ? line.end : line.comment;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '\t') {
        continue;
      }
      if (line.role == Role.BLOCK && onlySpacesBefore(line, i)) {
        add(i, Mistake.TAB_INDENT);
      } else if (line.colon >= 0 && i == line.colon + 1) {
        add(i, Mistake.TAB_AFTER_COLON);
      } else if (line.role == Role.ITEM && i == line.content + 1) {
        add(i, Mistake.TAB_AFTER_DASH);
      } else {
        add(i, Mistake.TAB_IN_TEXT);
      }
      return;
    }
  }

  /** A TEXT line that starts like a list item but is not one. */
  private void textStart(Line line) {
    if (named.contains(line) || line.content + 1 >= line.end) {
      return;
    }
    char first = text.charAt(line.content);
    char next = text.charAt(line.content + 1);
    if (first == '-' && next != '-' && !TextLayout.isBlank(next)) {
      if (ClerkCharacters.isOddSpace(next)) {
        add(line.content + 1, Mistake.ODD_SPACE_AFTER_DASH, ClerkCharacters.describeOddSpace(next));
      } else {
        add(line.content + 1, Mistake.DASH_WITHOUT_SPACE);
      }
      named.add(line);
    }
  }

  /** One-line checks of a KEY's or ITEM's value. */
  private void value(Line line) {
    if (line.value < 0 || line.quote != 0 || line.blockHeader) {
      return;
    }
    char first = text.charAt(line.value);
    if (line.role == Role.ITEM && line.colon < 0 && ClerkCharacters.isBullet(first)) {
      String b = String.valueOf(first);
      add(line.value, Mistake.DOUBLE_BULLET, b, b, b);
      return;
    }
    if (line.continued) {
      return;
    }
    int end = line.valueEnd;
    boolean invisible = true;
    for (int i = line.value; i < end && invisible; i++) {
      invisible =
          ClerkCharacters.INVISIBLE.containsKey(text.charAt(i))
              || ClerkCharacters.isOddSpace(text.charAt(i));
    }
    if (invisible && end > line.value) {
      int at = line.value;
      for (int i = line.value; i < end; i++) {
        if (text.charAt(i) != '\u3000') {
          at = i;
          break;
        }
      }
      char c = text.charAt(at);
      add(
          at,
          Mistake.INVISIBLE_ONLY_VALUE,
          ClerkCharacters.INVISIBLE.getOrDefault(c, String.format("U+%04X", (int) c)));
      return;
    }
    if (ClerkCharacters.isOddSpace(first)) {
      add(line.value, Mistake.LEADING_ODD_SPACE, ClerkCharacters.describeOddSpace(first));
    }
    if (end > line.value && ClerkCharacters.isOddSpace(text.charAt(end - 1))) {
      int at = end;
      while (at > line.value && ClerkCharacters.isOddSpace(text.charAt(at - 1))) {
        at--;
      }
      add(at, Mistake.TRAILING_ODD_SPACE, ClerkCharacters.describeOddSpace(text.charAt(at)));
    }
    char last = text.charAt(end - 1);
    if (end - line.value >= 2 && (first == '“' || first == '‘') && (last == '”' || last == '’')) {
      addFor(keyOf(line), line.value, Mistake.SMART_QUOTES_AROUND);
    }
    // 所属: 「県立西特別支援学校」: a name in 「」 as if they were quotes (one pair; in a text field
    // such as 対応 a sentence in 「」 may be a quotation)
    if (NAME_KEYS.contains(keyOf(line))
        && end - line.value >= 3
        && first == '「'
        && last == '」'
        && text.indexOf('」', line.value) == end - 1
        && text.lastIndexOf('「', end - 1) == line.value) {
      addFor(keyOf(line), line.value, Mistake.BRACKETS_AROUND);
    }
  }

  /** A '#' right after a space, followed by text: YAML cuts the value there. */
  private void comment(Line line) {
    if (line.comment >= line.end || line.comment + 1 >= line.end) {
      return;
    }
    boolean valueBefore =
        line.role == Role.TEXT
            ? line.valueEnd > line.content
            : line.value >= 0 && line.quote == 0 && line.value < line.comment;
    char next = text.charAt(line.comment + 1);
    if (valueBefore && !TextLayout.isBlank(next) && next != '#') {
      add(line.comment, Mistake.COMMENT_CUTS_TEXT);
    }
  }

  /** Items of one list must start in the same column. */
  /**
   * Items of one list must start in the same column: the column most of them use (the first item's,
   * when it is a tie) is right, and each item elsewhere is named.
   */
  private void listIndents(Map<Line, List<Line>> lists) {
    for (List<Line> items : lists.values()) {
      Map<Integer, Integer> counts = new LinkedHashMap<>();
      for (Line item : items) {
        counts.merge(item.indent, 1, Integer::sum);
      }
      int right = items.get(0).indent;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        if (e.getValue() > counts.get(right)) {
          right = e.getKey();
        }
      }
      for (Line item : items) {
        if (item.indent != right) {
          add(item.content, Mistake.LIST_INDENT, right, item.indent);
          named.add(item);
        }
      }
    }
  }

  /**
   * Values that YAML joins over several lines, with a space (or a value written with bullets,
   * dashes or stars that YAML does not read as a list).
   */
  private void joinedValues() {
    Map<Line, List<Line>> groups = new LinkedHashMap<>();
    for (Line line : layout.lines()) {
      if (line.role == Role.KEY || line.role == Role.ITEM) {
        groups.computeIfAbsent(line, k -> new ArrayList<>());
      }
      if (line.role == Role.TEXT && line.owner != null && line.content < line.end) {
        groups.computeIfAbsent(line.owner, k -> new ArrayList<>()).add(line);
      }
    }
    for (Map.Entry<Line, List<Line>> e : groups.entrySet()) {
      Line owner = e.getKey();
      List<Line> lines = new ArrayList<>();
      if (owner.value >= 0 && !owner.blockHeader) {
        lines.add(owner);
      }
      lines.addAll(e.getValue());
      if (lines.isEmpty() || lines.stream().anyMatch(named::contains)) {
        continue;
      }
      if (owner.quote != 0) {
        // a quoted value that spans lines: YAML joins those lines too
        if (owner.quoteClose >= 0 && lineOf(owner.quoteClose) != owner && e.getValue().isEmpty()) {
          joined(owner, owner.value, lineOf(owner.quoteClose), Mistake.FORGOT_BLOCK);
        }
        continue;
      }
      Line first = lines.get(0);
      Line last = lines.get(lines.size() - 1);
      Line bullet = null;
      Line wrong = null;
      for (Line l : lines) {
        int s = startOf(l);
        if (bullet == null && ClerkCharacters.isBullet(text.charAt(s))) {
          bullet = l;
        }
        // in lines that YAML joins, a dash at a line's start is a bullet even without a space
        if (wrong == null && (wrongBullet(s) || lines.size() > 1 && dashAt(s))) {
          wrong = l;
        }
      }
      if (wrong != null) {
        int s = startOf(wrong);
        char c = text.charAt(s);
        joined(
            first,
            s,
            last,
            Mistake.WRONG_BULLET,
            String.valueOf(c),
            ClerkCharacters.WRONG_BULLETS.get(c),
            String.valueOf(c));
      } else if (lines.size() < 2) {
        continue;
      } else if (bullet != null) {
        int s = startOf(bullet);
        String b = String.valueOf(text.charAt(s));
        joined(first, s, last, Mistake.LIST_WITHOUT_DASH, b, b);
      } else if (owner.role == Role.ITEM && owner.colon < 0) {
        Line second = lines.get(1);
        joined(first, startOf(second), last, Mistake.ITEM_CONTINUES);
      } else if (owner.role == Role.KEY
          && owner.value < 0
          && keyOf(owner).equals(LIST_KEY)
          && lines.stream().allMatch(l -> l.indent > owner.indent)) {
        // 再発防止策: over indented lines without "- ": a list was meant
        joined(first, startOf(first), last, Mistake.FORGOT_LIST_DASHES);
      } else {
        joined(first, startOf(first), last, Mistake.FORGOT_BLOCK);
      }
    }
  }

  /**
   * Where a line of a value starts: the value on a KEY or ITEM line, the content of a TEXT line.
   */
  private int startOf(Line line) {
    return line.role == Role.TEXT ? line.content : line.value;
  }

  private boolean wrongBullet(int at) {
    if (at + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    char next = text.charAt(at + 1);
    return ClerkCharacters.WRONG_BULLETS.containsKey(c) && (next == ' ' || next == '\u3000');
  }

  private boolean dashAt(int at) {
    char c = text.charAt(at);
    return ClerkCharacters.WRONG_BULLETS.containsKey(c) && c != '*' && at + 1 < text.length();
  }

  /**
   * A finding about lines that YAML joins: kept when SnakeYAML failed, or when a composed scalar
   * really spans them (otherwise this reading of the layout was wrong, and SnakeYAML is right).
   */
  private void joined(Line first, int at, Line last, Mistake mistake, Object... args) {
    if (failed || scalars.spans(first.number, last.number)) {
      add(at, mistake, args);
    }
  }

  // --- rules that explain why SnakeYAML failed

  /** Keys whose value names something (an office, a publisher): never a quotation. */
  private static final Set<String> NAME_KEYS = Set.of("所属", "公表主体");

  /** The key whose lines a clerk may mean as a list. */
  private static final String LIST_KEY = "再発防止策";

  /** A note between the keys: ※…, 注…, メモ…, 【メモ】. */
  private static final Pattern MEMO = Pattern.compile("(?:※|＊|注[:：)）]|メモ|【)");

  /** {@code |- text} on the header's line: group 1 is the indicator and the spaces after it. */
  private static final Pattern TEXT_AFTER_BLOCK = Pattern.compile("(\\|[-+]?[ \\t]+)[^#\\s]");

  /** {@code 所属：本庁}. */
  private void fullWidthColon(Line line) {
    Matcher m = FULLWIDTH_COLON_KEY.matcher(text.substring(line.start, line.end));
    if (m.find()) {
      addFor(m.group(2), text.indexOf('：', line.start + m.end(1)), Mistake.FULLWIDTH_COLON);
      named.add(line);
    }
  }

  /**
   * A TEXT line that no key owns: a key written without its colon or space, an unindented line of
   * the previous value, or a list written with bullets. Returns the line when it stands for a key
   * (so that the lines after it are read as its value).
   */
  private Line stray(Line line, Line previous, Line previousStray) {
    String s = text.substring(line.content, line.end);
    if (FULLWIDTH_COLON_KEY.matcher(text.substring(line.start, line.end)).find()) {
      fullWidthColon(line);
      return line;
    }
    int colon = s.indexOf(':');
    if (colon > 0 && colon + 1 < s.length() && line.indent == 0 && keyLike(s.substring(0, colon))) {
      int at = line.content + colon + 1;
      char c = text.charAt(at);
      String key = s.substring(0, colon);
      if (c == '\u3000') {
        addFor(key, at, Mistake.FULLWIDTH_SPACE_AFTER_COLON);
      } else if (ClerkCharacters.isOddSpace(c)) {
        addFor(key, at, Mistake.NBSP_AFTER_COLON, ClerkCharacters.describeOddSpace(c));
      } else {
        addFor(key, at, Mistake.MISSING_SPACE_AFTER_COLON);
      }
      return line;
    }
    char first = s.charAt(0);
    boolean continuesRun = previousStray != null;
    if (ClerkCharacters.isBullet(first)) {
      if (!continuesRun) {
        String b = String.valueOf(first);
        add(line.content, Mistake.LIST_WITHOUT_DASH, b, b);
      }
      return null;
    }
    if (wrongBullet(line.content)) {
      if (!continuesRun) {
        String c = String.valueOf(first);
        add(line.content, Mistake.WRONG_BULLET, c, ClerkCharacters.WRONG_BULLETS.get(first), c);
      }
      return null;
    }
    if ("!&*[]{}%@`|>\"'?:,".indexOf(first) >= 0) {
      return null; // YAML syntax of its own (a tag, an alias, a flow collection): SnakeYAML says it
    }
    int separator = keySeparator(s);
    if (line.indent == 0 && separator > 0 && keyLike(s.substring(0, separator))) {
      addFor(s.substring(0, separator), line.content + separator, Mistake.KEY_WITHOUT_COLON);
      return line;
    }
    if (continuesRun) {
      return null;
    }
    if (previous == null) {
      add(line.content, Mistake.KEY_WITHOUT_COLON);
      return null;
    }
    if (MEMO.matcher(s).lookingAt()) {
      // ※9月9日時点の状況: a note typed between the keys
      addFor(previous.role == Role.KEY ? keyOf(previous) : "", line.content, Mistake.MEMO_LINE);
      return null;
    }
    if (previous.role == Role.KEY && previous.value < 0 && line.indent == 0) {
      // 発生原因: and its text on the next line, from the start of the line
      addFor(keyOf(previous), line.content, Mistake.VALUE_ON_NEXT_LINE);
      return null;
    }
    add(
        previous.value >= 0 && previous.quote == 0 && !previous.blockHeader
            ? previous.value
            : line.content,
        Mistake.FORGOT_BLOCK);
    return null;
  }

  /** The key a KEY line names: the text before its colon. */
  private String keyOf(Line line) {
    return line.role != Role.KEY || line.colon < 0
        ? ""
        : text.substring(line.content, line.colon).strip();
  }

  /** Where a key written without its colon ends: a space, or a separator typed instead of ':'. */
  private static int keySeparator(String s) {
    for (int i = 0; i < Math.min(s.length(), 11); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || ClerkCharacters.isOddSpace(c) || "=＝;；、".indexOf(c) >= 0) {
        return c == '、' ? -1 : i;
      }
    }
    return -1;
  }

  /**
   * Whether text could be a key of the data files: short, and without digits or sentence
   * punctuation (which a line of a value has, and a key never).
   */
  private static boolean keyLike(String key) {
    return !key.isEmpty()
        && key.codePointCount(0, key.length()) <= 10
        && key.chars()
            .noneMatch(
                c ->
                    Character.isDigit(c)
                        || c == ' '
                        || ClerkCharacters.isOddSpace((char) c)
                        || "、。，．,.「」（）()/".indexOf(c) >= 0);
  }

  /**
   * An anchor ({@code &name}) or alias ({@code *name}) at a value's start: YAML reads them without
   * a word (the value becomes empty, or another value), and the data files never need them.
   */
  private void anchorOrAlias(Line line) {
    if (line.value < 0 || line.quote != 0 || line.value + 1 >= line.end) {
      return;
    }
    char first = text.charAt(line.value);
    char next = text.charAt(line.value + 1);
    if ((first == '&' || first == '*') && !TextLayout.isBlank(next)) {
      add(
          line.value,
          Mistake.SPECIAL_START,
          String.valueOf(first),
          ClerkCharacters.SPECIAL.get(first));
    }
  }

  /** How a value on a KEY or ITEM line starts: a quote with text after it, a YAML indicator. */
  private void valueStart(Line line) {
    if (line.value < 0) {
      return;
    }
    if (line.quote != 0) {
      if (line.quoteClose >= 0 && lineOf(line.quoteClose) == line) {
        int after = line.quoteClose + 1;
        int comment = layout.commentStart(after, line.end);
        if (!text.substring(after, comment).isBlank()) {
          add(
              line.value,
              line.quote == '"' ? Mistake.QUOTE_START_DOUBLE : Mistake.QUOTE_START_SINGLE);
        }
      }
      return;
    }
    if (line.blockHeader || line.colon < 0 && line.role == Role.ITEM && wrongBullet(line.value)) {
      return;
    }
    char first = text.charAt(line.value);
    char next = line.value + 1 < line.end ? text.charAt(line.value + 1) : '\n';
    Matcher afterBlock = TEXT_AFTER_BLOCK.matcher(text.substring(line.value, line.end));
    if (afterBlock.lookingAt()) {
      // 事案の概要: |- 教員が…: the first line typed after the block header
      addFor(keyOf(line), line.value + afterBlock.end(1), Mistake.TEXT_AFTER_BLOCK);
      named.add(line); // its lines are this mistake, not a forgotten |-
      return;
    }
    if (line.role == Role.KEY && first == '-' && (TextLayout.isBlank(next) || next == '\n')) {
      add(line.value, Mistake.DASH_ON_KEY_LINE);
      return;
    }
    if (ClerkCharacters.SPECIAL.containsKey(first)
        && !(first == '?' && !TextLayout.isBlank(next))) {
      if (wrongBullet(line.value)) {
        return; // joinedValues names it
      }
      add(
          line.value,
          Mistake.SPECIAL_START,
          String.valueOf(first),
          ClerkCharacters.SPECIAL.get(first));
      return;
    }
    if (line.role == Role.KEY || line.colon >= 0 && line.role == Role.ITEM) {
      colonInValue(line.value, line.valueEnd);
    }
  }

  /**
   * A ": " inside a plain value. When it stands inside 「…」 or “…” that the clerk meant as quotes,
   * the mistake is those brackets: point at the opening one.
   */
  private void colonInValue(int from, int to) {
    int openBracket = -1;
    int openSmart = -1;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '「', '『' -> {
          if (depth++ == 0) {
            openBracket = i;
          }
        }
        case '」', '』' -> {
          if (depth > 0 && --depth == 0) {
            openBracket = -1;
          }
        }
        case '“', '‘' -> openSmart = i;
        case '”', '’' -> openSmart = -1;
        case ':' -> {
          if (i + 1 == to || TextLayout.isBlank(text.charAt(i + 1))) {
            if (openSmart >= 0) {
              add(openSmart, Mistake.SMART_QUOTES);
            } else if (openBracket >= 0) {
              add(openBracket, Mistake.BRACKETS_AS_QUOTES);
            } else {
              add(i, Mistake.COLON_IN_VALUE);
            }
            return;
          }
        }
        default -> {}
      }
    }
  }

  /**
   * A {@code key: value} line more indented than a key that already has a value: a key indented by
   * mistake, or a line of that value with ": " in it. Or the file's first key is indented and the
   * others are not.
   */
  private void nestedColon(Line line, Line previous) {
    if (line.role != Role.KEY || line.indent == 0 || named.contains(line)) {
      return;
    }
    boolean afterValue =
        previous != null
            && previous.role == Role.KEY
            && line.indent > previous.indent
            && previous.value >= 0
            && !previous.blockHeader;
    boolean firstKey = previous == null && laterTopKey(line);
    if (!afterValue && !firstKey) {
      return;
    }
    if (keyLike(text.substring(line.content, line.colon))) {
      addFor(text.substring(line.content, line.colon), line.content, Mistake.KEY_INDENTED);
    } else {
      add(line.colon, Mistake.COLON_IN_VALUE);
    }
    named.add(line);
  }

  /** Whether a KEY line at indentation 0 comes after this one. */
  private boolean laterTopKey(Line line) {
    for (int i = line.number; i < layout.lines().size(); i++) {
      Line l = layout.lines().get(i);
      if (l.role == Role.KEY && l.indent == 0) {
        return true;
      }
    }
    return false;
  }

  // --- helpers

  private boolean onlySpacesBefore(Line line, int at) {
    for (int i = line.start; i < at; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private Line lineOf(int offset) {
    return layout.lineOf(offset);
  }

  private void add(int offset, Mistake mistake, Object... args) {
    Line line = layout.lineOf(offset);
    Line top = topKeys[line.number - 1];
    addFor(top == null ? "" : text.substring(top.content, top.colon), offset, mistake, args);
  }

  /** A finding about the lines of a key that the layout does not see as one (it is misspelt). */
  private void addFor(String key, int offset, Mistake mistake, Object... args) {
    findings.add(new Finding(offset, key.strip(), mistake, args));
  }

  /** One finding per place: an error at a place hides a warning there. */
  private List<Finding> deduplicated() {
    Map<Integer, Finding> byOffset = new LinkedHashMap<>();
    for (Finding f : findings) {
      Finding there = byOffset.get(f.offset());
      if (there == null
          || there.mistake().kind() == Problem.Kind.WARNING
              && f.mistake().kind() != Problem.Kind.WARNING) {
        byOffset.put(f.offset(), f);
      }
    }
    List<Finding> out = new ArrayList<>(byOffset.values());
    out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return out;
  }
}
