package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kohyo.base.Home;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

  @TempDir Path tmp;

  private static String of(Path folder) {
    return InputFingerprint.of(Periods.check(folder));
  }

  @Test
  void sameInputsInAnotherFolderGiveTheSameFingerprint() {
    String seed = of(Periods.SEED);
    assertTrue(seed.matches("[0-9a-f]{12}"), seed);
    assertEquals(seed, of(Periods.copySeed(tmp, "elsewhere")));
  }

  @Test
  void anyChangedByteOrRenamedCaseChangesTheFingerprint() throws Exception {
    String seed = of(Periods.SEED);
    Path edited = Periods.copySeed(tmp, "edited");
    Path file = edited.resolve("cases/01-ryakurekisho-funshitsu.yaml");
    Files.writeString(file, Files.readString(file) + "\n");
    assertNotEquals(seed, of(edited));
    Path renamed = Periods.copySeed(tmp, "renamed");
    Files.move(
        renamed.resolve("cases/01-ryakurekisho-funshitsu.yaml"),
        renamed.resolve("cases/00-first.yaml"));
    assertNotEquals(seed, of(renamed));
  }

  @Test
  void thePublisherFileIsPartOfTheFingerprintAsItLiesFromTheFolder() throws Exception {
    Path shared = Periods.copySeed(tmp.resolve("shared"), "2025-h1");
    String seed = of(Periods.SEED);
    Files.writeString(
        tmp.resolve("shared/publisher.yaml"), "公表主体: ○県\n非公表基準:\n  - 一つ目\n  - 二つ目\n  - 三つ目\n");
    String withShared = of(shared);
    assertNotEquals(seed, withShared);
    Files.writeString(
        tmp.resolve("shared/publisher.yaml"), "公表主体: ○県\n非公表基準:\n  - 一つ目\n  - 二つ目\n  - 三つ目。\n");
    assertNotEquals(withShared, of(shared));
    // the same bytes as the period's own file are another input: it replaces the shared one
    Path own = Periods.copySeed(tmp.resolve("own"), "2025-h1");
    Files.copy(tmp.resolve("shared/publisher.yaml"), own.resolve("publisher.yaml"));
    assertNotEquals(of(shared), of(own));
  }

  @Test
  void templatesArePartOfTheFingerprint() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve("templates"));
    Files.createDirectories(home.resolve("fonts"));
    for (Path f : Periods.home().fontFiles()) {
      Files.copy(f, home.resolve("fonts").resolve(f.getFileName()));
    }
    // the checker reads the words (default criteria, 個別公表) from the installation's wording.yaml
    Files.copy(
        Periods.home().templates().resolve("wording.yaml"), home.resolve("templates/wording.yaml"));
    Files.writeString(home.resolve("templates/edition.ftlh"), "a");
    String a = fingerprint(home);
    Files.writeString(home.resolve("templates/edition.ftlh"), "b");
    assertNotEquals(a, fingerprint(home));
  }

  private static String fingerprint(Path home) {
    return InputFingerprint.of(
        new kohyo.check.Checker(kohyo.base.Installation.of(new Home(home))).check(Periods.SEED));
  }
}
