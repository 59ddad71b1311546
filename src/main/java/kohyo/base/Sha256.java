package kohyo.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the project: withheld-case digests, archive manifests and SHA256SUMS, the
 * draft fingerprint and the PDF's content-derived /ID all hash through here.
 */
public final class Sha256 {

  private Sha256() {}

  /** A fresh digest to feed in several parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The digest of the parts, one after the other. */
  public static byte[] of(byte[]... parts) {
    MessageDigest md = digest();
    for (byte[] part : parts) {
      md.update(part);
    }
    return md.digest();
  }

  /** Lower-case hex, the form {@code sha256sum} prints. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(of(bytes));
  }

  /** Whether a string is 64 lower-case hex digits. */
  public static boolean isHex(String s) {
    return s.length() == 64
        && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}
