package kohyo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kohyo.base.Home;
import kohyo.testing.Pdfs;
import kohyo.testing.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The renderer reaches nothing but templates/ and fonts/: no network, no other file, no external
 * entity.
 */
class RendererIsolationTest {

  @TempDir Path dir;

  private RestrictedUserAgent agent() {
    Home home = Periods.home();
    return new RestrictedUserAgent(
        new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT),
        ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
        List.of(home.templates(), home.fonts()));
  }

  @Test
  void userAgentResolvesOnlyTemplatesAndFonts() {
    RestrictedUserAgent agent = agent();
    Home home = Periods.home();
    agent.setBaseURL(home.templates().toUri().toString());
    assertNotNull(agent.resolveURI("edition.css"));
    assertNotNull(agent.resolveURI(home.regularFont().toUri().toString()));
    for (String uri :
        List.of(
            "http://127.0.0.1/x.css",
            "https://example.jp/x.css",
            "ftp://example.jp/x",
            "file:///etc/passwd",
            "/etc/passwd",
            "../pom.xml",
            "../../../../../../etc/passwd",
            "file://localhost/etc/passwd",
            "file:" + home.templates() + "/../pom.xml",
            home.templates().toUri() + "%2e%2e/pom.xml",
            "jar:file:/tmp/x.jar!/a.css",
            "data:text/css,body{color:red}",
            home.templates().toUri() + "edition.css?x=1",
            home.root().resolve("templates-evil/x.css").toUri().toString())) {
      assertNull(agent.resolveURI(uri), uri);
      assertNull(agent.getBinaryResource(uri), uri);
      assertNull(agent.getImageResource(uri).getImage(), uri);
      assertEquals(0, cssLength(agent, uri), uri);
    }
  }

  @Test
  void aSymbolicLinkInsideTemplatesCannotLeadOutside() throws IOException {
    Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
    Path secret =
        java.nio.file.Files.writeString(dir.resolve("secret.css"), "body { color: red; }");
    java.nio.file.Files.writeString(templates.resolve("ok.css"), "body { color: black; }");
    java.nio.file.Files.createSymbolicLink(templates.resolve("link.css"), secret);
    RestrictedUserAgent agent =
        new RestrictedUserAgent(
            new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT),
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            List.of(templates));
    agent.setBaseURL(templates.toUri().toString());
    assertNotNull(agent.resolveURI("ok.css"));
    assertNull(agent.resolveURI("link.css"));
    assertEquals(0, cssLength(agent, "link.css"));
  }

  private static int cssLength(RestrictedUserAgent agent, String uri) {
    try (var in = agent.getCSSResource(uri).getResourceInputSource().getByteStream()) {
      return in == null ? 0 : in.readAllBytes().length;
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void aTemplateThatNamesTheNetworkOrOutsideFilesMakesNoConnection() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      String xhtml =
          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
              + "<link rel=\"stylesheet\" type=\"text/css\" href=\""
              + base
              + "/a.css\"/>"
              + "<style>@import url(\""
              + base
              + "/b.css\"); body { background-image: url(\""
              + base
              + "/c.png\"); } @font-face { font-family: x; src: url(\""
              + base
              + "/d.ttf\"); }</style>"
              + "</head><body><p>BODY-TEXT</p><img src=\""
              + base
              + "/e.png\"/><img src=\"file:///etc/passwd\"/>"
              + "<object data=\""
              + base
              + "/f\"></object></body></html>";
      byte[] pdf =
          new PdfRenderer(Periods.home()).render(xhtml, LocalDate.of(2025, 9, 30), "ja-JP");
      assertTrue(Pdfs.text(pdf).contains("BODY-TEXT"));
      server.setSoTimeout(300);
      assertThrows(
          SocketTimeoutException.class,
          () -> {
            try (Socket s = server.accept()) {
              // a connection came in
            }
          },
          "the renderer connected to the network");
    }
  }

  @Test
  void aServerThatIsReachableIsReallyDetected() throws IOException {
    // the check above can fail: a connection to the same kind of socket is seen
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      server.setSoTimeout(1000);
      try (Socket s = server.accept()) {
        assertTrue(s.isConnected());
      }
    }
  }

  @Test
  void externalEntitiesAreNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-FILE-CONTENT-91c2");
    try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      String xhtml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n"
              + "<!ENTITY xxe SYSTEM \""
              + secret.toUri()
              + "\">\n"
              + "<!ENTITY % remote SYSTEM \"http://127.0.0.1:"
              + server.getLocalPort()
              + "/x.dtd\">\n"
              + "%remote;\n]>\n"
              + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>BEFORE&xxe;AFTER</p></body></html>";
      String text;
      try {
        text =
            Pdfs.text(
                new PdfRenderer(Periods.home()).render(xhtml, LocalDate.of(2025, 9, 30), "ja-JP"));
      } catch (RuntimeException refused) {
        text = "refused: " + refused;
      }
      assertFalse(text.contains("SECRET-FILE-CONTENT"), text);
      assertTrue(
          text.startsWith("refused") || text.contains("BEFOREAFTER"),
          "the document was rendered: " + text);
      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, () -> server.accept().close());
    }
  }
}
