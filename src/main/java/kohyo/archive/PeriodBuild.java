package kohyo.archive;

/** One period rendered for the archive but not yet written: its manifest and PDF/A bytes. */
public record PeriodBuild(Manifest manifest, byte[] pdf) {

  public String period() {
    return manifest.period();
  }
}
