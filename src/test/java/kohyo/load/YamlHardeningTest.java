package kohyo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import kohyo.base.Problem;
import kohyo.check.CheckedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile YAML file gets a clear problem, fast, and nothing else happens. */
class YamlHardeningTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void typeTagsInstantiateNothing() throws Exception {
    Path folder = Periods.copySeed(dir, "2025-h1");
    Periods.write(
        folder.resolve("cases/50-tags.yaml"),
        Periods.publishedCase("2025-05-01", "概要。") + "備考: !!kohyo.load.Canary {}\n");
    Periods.write(
        folder.resolve("cases/51-gadget.yaml"),
        "!!javax.script.ScriptEngineManager [\n"
            + "  !!java.net.URLClassLoader [[\n    !!java.net.URL [\"http://127.0.0.1:1/\"]\n  ]]\n]\n");
    Periods.write(
        folder.resolve("cases/52-local.yaml"),
        Periods.publishedCase("2025-05-01", "概要。")
            + "確認済み: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [id]\n");
    List<Problem> problems = check(folder).problems();
    assertNull(System.getProperty(Canary.PROPERTY), "a tag instantiated a class");
    List<String> tagged =
        problems.stream()
            .filter(p -> p.message().contains("型タグ"))
            .map(p -> p.path().substring(p.path().lastIndexOf('/') + 1) + ":" + p.line())
            .toList();
    assertEquals(
        List.of("50-tags.yaml:8", "51-gadget.yaml:1", "52-local.yaml:8"),
        tagged,
        problems.toString());
    // the canary does work: loading the class really sets the property
    Class.forName("kohyo.load.Canary", true, getClass().getClassLoader());
    assertEquals("initialised", System.getProperty(Canary.PROPERTY));
    System.clearProperty(Canary.PROPERTY);
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    StringBuilder yaml =
        new StringBuilder(
            "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      yaml.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, prev)))
          .append("]\n");
    }
    Problem p = onlyProblem(yaml.toString());
    assertTrue(p.message().contains("エイリアス"), p.message());
  }

  @Test
  void deepNestingStopsAtTheNestingLimit() {
    Problem flow = onlyProblem("所属: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    assertTrue(flow.message().contains("入れ子"), flow.message());
    StringBuilder block = new StringBuilder("所属:\n");
    for (int i = 1; i < 200; i++) {
      block.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    Problem deep = onlyProblem(block.toString());
    assertTrue(deep.message().contains("入れ子"), deep.message());
  }

  @Test
  void aFileOverOneMebibyteIsNotRead() throws IOException {
    Path file = dir.resolve("big.yaml");
    byte[] bytes = new byte[YamlReader.MAX_FILE_BYTES + 1];
    Arrays.fill(bytes, (byte) 'a');
    Files.write(file, bytes);
    Problem p = onlyProblem(file);
    assertTrue(p.message().contains("大きすぎます"), p.message());
    assertEquals(1, p.line());
  }

  @Test
  void aFileJustUnderTheLimitIsRead() throws IOException {
    Path file = dir.resolve("fits.yaml");
    String head = "備考: ";
    String value =
        "あ"
            .repeat(
                (YamlReader.MAX_FILE_BYTES - head.getBytes(StandardCharsets.UTF_8).length - 1) / 3);
    Files.writeString(file, head + value + "\n", StandardCharsets.UTF_8);
    assertTrue(Files.size(file) <= YamlReader.MAX_FILE_BYTES);
    assertInstanceOf(YamlReader.Read.class, new YamlReader().read(file, file.toString()));
  }

  @Test
  void aParagraphLongerThanTheLimitIsRefusedBeforeRendering() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    Periods.write(
        folder.resolve("cases/50-long.yaml"),
        Periods.publishedCase("2025-05-01", "あ".repeat(kohyo.check.Checker.MAX_LINE + 1)));
    List<Problem> problems = check(folder).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("長すぎます"), problems.get(0).message());
    Periods.write(
        folder.resolve("cases/50-long.yaml"),
        Periods.publishedCase("2025-05-01", "あ".repeat(kohyo.check.Checker.MAX_LINE)));
    assertTrue(check(folder).ok());
  }

  @Test
  void duplicateKeysAreRefused() {
    Path folder = Periods.copySeed(dir, "2025-h1");
    Periods.write(
        folder.resolve("cases/50-dup.yaml"),
        Periods.publishedCase("2025-05-01", "概要。") + "所属: 出先機関\n");
    List<Problem> problems = check(folder).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(8, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("二度"), problems.get(0).message());
  }

  @Test
  void invalidUtf8IsRefusedWithItsPosition() throws IOException {
    Path file = dir.resolve("bad.yaml");
    byte[] head = "所属: 本庁\n備考: ab".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = '\n';
    Files.write(file, bytes);
    Problem p = onlyProblem(file);
    assertEquals(2, p.line());
    assertEquals(7, p.column());
    assertTrue(p.message().contains("UTF-8"), p.message());
    // an encoded surrogate (CESU-8) is not UTF-8 either
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
    assertTrue(onlyProblem(file).message().contains("UTF-8"));
  }

  private Problem onlyProblem(String yaml) {
    Path file = dir.resolve("case.yaml");
    Periods.write(file, yaml);
    return onlyProblem(file);
  }

  private static Problem onlyProblem(Path file) {
    YamlReader.Outcome outcome =
        assertTimeoutPreemptively(BOUND, () -> new YamlReader().read(file, file.toString()));
    YamlReader.Failed failed = assertInstanceOf(YamlReader.Failed.class, outcome);
    assertEquals(1, failed.problems().size(), failed.problems().toString());
    return failed.problems().get(0);
  }

  private static CheckedPeriod check(Path folder) {
    return assertTimeoutPreemptively(BOUND, () -> Periods.check(folder));
  }
}
