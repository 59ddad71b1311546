package kohyo.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kohyo.check.CheckedPeriod;
import kohyo.load.SourceFile;
import kohyo.testing.Cli;
import kohyo.testing.GeneratedPeriod;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} → {@code import} (plus the withheld case files copied over) → {@code build} gives
 * the PDF that building the folder directly gives, byte for byte.
 */
class ExcelRoundTripTest {

  @TempDir Path tmp;

  @Test
  void theShippedEditionComesBackByteIdentical() throws IOException {
    roundTrip(Periods.SEED, "2025-h1");
  }

  @Test
  void aGeneratedSecondHalfComesBackByteIdentical() throws IOException {
    Path generated =
        GeneratedPeriod.write(tmp.resolve("src"), "2025-h2", GeneratedPeriod.SEED, 48, 2025, "下半期");
    roundTrip(generated, "2025-h2");
  }

  @Test
  void theSameEditionExportsTheSameBytes() throws IOException {
    Path a = tmp.resolve("a.xlsx");
    Path b = tmp.resolve("b.xlsx");
    assertEquals(0, Cli.run("export", Periods.SEED.toString(), "--xlsx", a.toString()).exitCode());
    assertEquals(0, Cli.run("export", Periods.SEED.toString(), "--xlsx", b.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  private void roundTrip(Path source, String name) throws IOException {
    Path xlsx = tmp.resolve(name + ".xlsx");
    Cli.Result export = Cli.run("export", source.toString(), "--xlsx", xlsx.toString());
    assertEquals(0, export.exitCode(), export.all());
    assertNoWithheldText(Files.readAllBytes(xlsx));

    Path back = tmp.resolve("back").resolve(name);
    Cli.Result imported = Cli.run("import", xlsx.toString(), "--to", back.toString());
    assertEquals(0, imported.exitCode(), imported.all());
    CheckedPeriod original = Periods.check(source);
    for (SourceFile f : original.cases()) {
      if (original.isConfidential(f)) {
        Files.write(back.resolve("cases").resolve(f.fileName()), f.bytes());
      }
    }

    Path direct = tmp.resolve("direct");
    Path viaExcel = tmp.resolve("via-excel");
    assertEquals(0, Cli.run("build", source.toString(), "-o", direct.toString()).exitCode());
    Cli.Result rebuilt = Cli.run("build", back.toString(), "-o", viaExcel.toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.all());
    assertArrayEquals(
        Files.readAllBytes(direct.resolve(name + ".pdf")),
        Files.readAllBytes(viaExcel.resolve(name + ".pdf")),
        "the PDF built from the imported workbook differs from the direct build");
  }

  /** Every part of the workbook, decompressed: no withheld case's text. */
  private static void assertNoWithheldText(byte[] xlsx) throws IOException {
    StringBuilder all = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        all.append(e.getName()).append('\n');
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(all.length() > 1000);
    assertFalse(all.toString().contains(Periods.WITHHELD_MARKER), "withheld text in the workbook");
    assertFalse(
        all.toString().contains("非公表\n"), "a generated withheld case's text in the workbook");
  }
}
