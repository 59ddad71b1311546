package kohyo.casefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kohyo.check.CheckedPeriod;
import kohyo.load.YamlDocument;
import kohyo.load.YamlReader;
import kohyo.render.Publisher;
import kohyo.render.RenderOptions;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the editor and Excel import write reads back as what they were given, and builds alike. */
class CanonicalYamlTest {

  @TempDir Path tmp;

  @Test
  void theShippedEditionRewrittenCanonicallyBuildsTheSamePdf() throws IOException {
    Path copy = Periods.copySeed(tmp, "2025-h1");
    List<Path> files;
    try (Stream<Path> s = Files.list(copy.resolve("cases"))) {
      files = s.toList();
    }
    for (Path f : files) {
      CaseFields fields = FieldsReader.caseFile(read(f)).fields();
      Files.writeString(f, CanonicalYaml.caseFile(fields));
      assertEquals(fields, FieldsReader.caseFile(read(f)).fields(), f.toString());
    }
    Path period = copy.resolve("period.yaml");
    Files.writeString(
        period, CanonicalYaml.periodFile(FieldsReader.periodFile(read(period)).fields()));
    CheckedPeriod original = Periods.check(Periods.SEED);
    CheckedPeriod rewritten = Periods.check(copy);
    assertTrue(rewritten.ok(), rewritten.problems().toString());
    assertEquals(original.checkedEdition().published(), rewritten.checkedEdition().published());
    Publisher publisher = new Publisher(Periods.home());
    assertArrayEquals(
        publisher.pdf(original.checkedEdition(), RenderOptions.official()),
        publisher.pdf(rewritten.checkedEdition(), RenderOptions.official()));
  }

  @Test
  void canonicalFormUsesSchemaOrderLiteralBlocksAndLists() {
    CaseFields f =
        new CaseFields(
            "本庁",
            "2025-04-25",
            "一行目。\n二行目。",
            "原因。",
            "対応。",
            "無",
            CaseFields.Prevention.items(List.of("一つ目。", "二つ目。")),
            "",
            "",
            "",
            "",
            List.of());
    assertEquals(
        "所属: 本庁\n"
            + "発生日: 2025-04-25\n"
            + "事案の概要: |-\n"
            + "  一行目。\n"
            + "  二行目。\n"
            + "発生原因: 原因。\n"
            + "対応: 対応。\n"
            + "二次被害: 無\n"
            + "再発防止策:\n"
            + "  - 一つ目。\n"
            + "  - 二つ目。\n",
        CanonicalYaml.caseFile(f));
  }

  @Test
  void individualPublicationDateIsKeptAfterRemarks() throws IOException {
    CaseFields f =
        new CaseFields(
            "本庁",
            "2025-04-25",
            "概要。",
            "原因。",
            "対応。",
            "無",
            CaseFields.Prevention.text("防止策。"),
            "報道発表あり",
            "R7.5.20",
            "",
            "",
            List.of());
    String yaml = CanonicalYaml.caseFile(f);
    assertTrue(yaml.endsWith("備考: 報道発表あり\n個別公表日: R7.5.20\n"), yaml);
    Path file = tmp.resolve("case.yaml");
    Files.writeString(file, yaml);
    assertEquals(f, FieldsReader.caseFile(read(file)).fields());
    Files.writeString(file, yaml.replace("R7.5.20", "2025-05-20"));
    CaseFields iso = FieldsReader.caseFile(read(file)).fields();
    assertEquals("2025-05-20", iso.individuallyPublished());
    assertEquals(Files.readString(file), CanonicalYaml.caseFile(iso));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"公開用\"に編集した",
        "[至急] 送付した",
        "* 印の欄",
        "& 記号",
        "! 注意",
        "| 区切り",
        "> 引用",
        "? 質問",
        "- 箇条",
        "% 割合",
        "@ 記号",
        "` 記号",
        "送信時刻: 10時を確認。",
        "# 番号",
        "「引用」した",
        "yes",
        "null",
        "123",
        "2025-04-25",
        "  先頭の空白",
        "末尾 #記号",
        "'単引用符'",
        "タブ\tを含む",
        "一行目\n\n三行目",
        "  字下げした一行目\n二行目"
      })
  void anyTextReadsBackUnchanged(String value) throws IOException {
    CaseFields f =
        new CaseFields(
            value,
            "R7.4.25",
            value,
            value,
            value,
            "無",
            CaseFields.Prevention.items(List.of(value, "通常の項目")),
            value,
            "",
            "",
            "",
            List.of(new CaseFields.Acknowledgement("電話番号", value, value)));
    Path file = tmp.resolve("case.yaml");
    Files.writeString(file, CanonicalYaml.caseFile(f));
    CaseFields back = FieldsReader.caseFile(read(file)).fields();
    String expected = value.stripTrailing();
    assertEquals(expected, back.summary(), Files.readString(file));
    assertEquals(List.of(expected, "通常の項目"), back.prevention().lines());
    assertEquals(expected, back.acknowledged().get(0).text());
  }

  @Test
  void commentsAndUnknownKeysAreNamedAsNotKept() throws IOException {
    Path file = tmp.resolve("case.yaml");
    Files.writeString(file, "# メモ\n所属: 本庁\n発生原困: 誤字のキー\n");
    FieldsReader.Read<CaseFields> read = FieldsReader.caseFile(read(file));
    assertEquals(
        List.of("コメント（# で始まる部分）", "使えないキー「発生原困」とその値"),
        read.notKept().stream().map(FieldsReader.NotKept::what).toList());
    assertEquals("本庁", read.fields().office());
  }

  private static YamlDocument read(Path file) {
    YamlReader.Outcome outcome = new YamlReader().read(file, file.toString());
    return ((YamlReader.Read) outcome).document();
  }
}
