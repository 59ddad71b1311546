package kohyo.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The kohyo version recorded in manifests, from the build (pom.xml) rather than a second literal in
 * the code.
 */
public final class KohyoVersion {

  private KohyoVersion() {}

  public static String get() {
    try (InputStream in = KohyoVersion.class.getResourceAsStream("/kohyo/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
