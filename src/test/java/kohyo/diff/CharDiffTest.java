package kohyo.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharDiffTest {

  @Test
  void japaneseIsComparedCharacterByCharacter() {
    assertEquals(
        List.of(
            Segment.same("誤って送"),
            new Segment(Segment.Kind.DELETED, "付"),
            new Segment(Segment.Kind.INSERTED, "信"),
            Segment.same("したもの。")),
        CharDiff.segments("誤って送付したもの。", "誤って送信したもの。"));
  }

  @Test
  void charactersOutsideTheBmpAreNeverSplit() {
    List<Segment> s = CharDiff.segments("𠮷田", "𠮟田");
    assertEquals(
        List.of(
            new Segment(Segment.Kind.DELETED, "𠮷"),
            new Segment(Segment.Kind.INSERTED, "𠮟"),
            Segment.same("田")),
        s);
  }

  @Test
  void equalTextsAreOneUnchangedRun() {
    assertEquals(List.of(Segment.same("同じ")), CharDiff.segments("同じ", "同じ"));
  }
}
