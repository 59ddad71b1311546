package kohyo.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kohyo.load.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save would drop from a hand-written file is named with the lines that hold it. */
class FieldsReaderTest {

  @TempDir Path temp;

  @Test
  void commentsAndUnknownKeysComeWithTheirLines() throws Exception {
    Path file = temp.resolve("case.yaml");
    Files.writeString(
        file,
        "# 令和7年度上半期 公表事案 NO.4\n"
            + "所属: 出先機関\n"
            + "発生原困: |-\n"
            + "  宛名の確認が不十分だった。\n"
            + "  二人目の確認もなかった。\n"
            + "発生日: 2025-06-13 # 受付日\n"
            + "所属: 本庁\n");
    YamlReader.Read read = (YamlReader.Read) new YamlReader().read(file, "cases/case.yaml");
    List<FieldsReader.NotKept> notKept = FieldsReader.caseFile(read.document()).notKept();
    assertEquals(
        List.of(
            new FieldsReader.NotKept(
                "コメント（# で始まる部分）", List.of("# 令和7年度上半期 公表事案 NO.4", "発生日: 2025-06-13 # 受付日")),
            new FieldsReader.NotKept(
                "使えないキー「発生原困」とその値", List.of("発生原困: |-", "  宛名の確認が不十分だった。", "  二人目の確認もなかった。")),
            new FieldsReader.NotKept("二度目に書かれたキー「所属」とその値", List.of("所属: 本庁"))),
        notKept);
  }
}
