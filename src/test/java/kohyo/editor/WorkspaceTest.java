package kohyo.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from requests reach only the data folder's own period folders and case files. */
class WorkspaceTest {

  @TempDir Path root;

  @Test
  void onlyRealCaseFilesInsideDataAreFound() throws Exception {
    Path data = Files.createDirectories(root.resolve("data"));
    Path period = Files.createDirectories(data.resolve("2025-h1/cases")).getParent();
    Files.writeString(period.resolve("period.yaml"), "年度: 2025\n");
    Files.writeString(period.resolve("cases/01.yaml"), "所属: 本庁\n");
    Path secret = Files.writeString(root.resolve("secret.yaml"), "outside\n");
    Files.createSymbolicLink(period.resolve("cases/link.yaml"), secret);
    Workspace w = new Workspace(data, root.resolve("out"), root.resolve("archive"));

    assertEquals(Optional.of(data.resolve("2025-h1")), w.period("2025-h1"));
    assertEquals(Optional.of(period.resolve("cases/01.yaml")), w.caseFile(period, "01.yaml"));
    for (String name :
        new String[] {"../period.yaml", "..", ".", "link.yaml", "/etc/passwd", "01.yaml/..", ""}) {
      assertTrue(w.caseFile(period, name).isEmpty(), name);
    }
    for (String name : new String[] {"..", "../data", "2025-h1/cases", ".hidden", "nothing"}) {
      assertTrue(w.period(name).isEmpty(), name);
    }
  }
}
