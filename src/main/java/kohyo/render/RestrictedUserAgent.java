package kohyo.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * A user agent that resolves only {@code file:} URIs inside the allowed folders ({@code templates/}
 * and {@code fonts/}). Anything else — the network, {@code /etc/passwd}, a path with {@code ..} —
 * resolves to nothing, so a template or a case text can never make the renderer fetch something.
 */
final class RestrictedUserAgent extends ITextUserAgent {

  /**
   * Flying Saucer's own user-agent stylesheet, inside its jar: part of the renderer, not an outside
   * resource.
   */
  private static final String BUILT_IN_STYLESHEET =
      String.valueOf(
          XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"));

  private final List<Path> allowed;

  RestrictedUserAgent(ITextOutputDevice device, int dotsPerPixel, List<Path> allowedFolders) {
    super(device, dotsPerPixel);
    this.allowed = allowedFolders.stream().map(RestrictedUserAgent::real).toList();
  }

  @Override
  public String resolveURI(String uri) {
    String resolved = super.resolveURI(uri);
    return resolved != null && isAllowed(resolved) ? resolved : null;
  }

  @Override
  public CSSResource getCSSResource(String uri) {
    String resolved = resolveURI(uri);
    if (resolved != null) {
      return super.getCSSResource(resolved);
    }
    return new CSSResource(new ByteArrayInputStream(new byte[0]));
  }

  @Override
  public ImageResource getImageResource(String uri) {
    String resolved = resolveURI(uri);
    return resolved != null ? super.getImageResource(resolved) : new ImageResource(uri, null);
  }

  @Override
  public XMLResource getXMLResource(String uri) {
    return null;
  }

  @Override
  public byte[] getBinaryResource(String uri) {
    String resolved = resolveURI(uri);
    return resolved != null ? super.getBinaryResource(resolved) : null;
  }

  private static Path real(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  boolean isAllowed(String uri) {
    if (uri == null) {
      return false;
    }
    if (uri.equals(BUILT_IN_STYLESHEET)) {
      return true;
    }
    try {
      URI parsed = new URI(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())
          || parsed.getRawAuthority() != null
          || parsed.getRawQuery() != null) {
        return false;
      }
      // the real path, so that a symbolic link inside templates/ cannot lead outside it
      Path path = Path.of(parsed).toRealPath();
      return allowed.stream().anyMatch(path::startsWith);
    } catch (URISyntaxException | IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
