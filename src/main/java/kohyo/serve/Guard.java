package kohyo.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Locale;
import kohyo.editor.FormData;

/**
 * Decides whether a request may reach the editor at all.
 *
 * <ul>
 *   <li>Host must be {@code 127.0.0.1:PORT} or {@code localhost:PORT}: a web page whose own name
 *       was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 *   <li>The browser must present the session cookie, which it gets (HttpOnly, SameSite=Strict) by
 *       opening the URL with this run's token once.
 *   <li>A POST must carry the form's {@code _csrf} and, when the browser says where it comes from,
 *       an Origin of this server.
 * </ul>
 */
final class Guard {

  /** The request may go on. */
  sealed interface Verdict permits Admitted, Refused, Exchange {}

  record Admitted() implements Verdict {}

  /** Refused, with the page that says why. */
  record Refused(int status, String template) implements Verdict {}

  /** The token was presented: set the cookie and go to the same page without the token. */
  record Exchange(String cookie, String location) implements Verdict {}

  static final String CSRF = "_csrf";

  private final Session session;
  private final int port;
  private final String cookieName;

  Guard(Session session, int port) {
    this.session = session;
    this.port = port;
    // one cookie per port: two editors on one PC do not log each other out
    this.cookieName = "kohyo_" + port;
  }

  /** Headers every response carries, refusals included. */
  static void secureHeaders(Headers h) {
    h.set("Cache-Control", "no-store");
    h.set(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none';"
            + " object-src 'none'");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own
    // forms
    h.set("Referrer-Policy", "same-origin");
  }

  Verdict admit(HttpExchange exchange) {
    if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
      return new Refused(403, "wrong-host.ftlh");
    }
    String query = exchange.getRequestURI().getRawQuery();
    FormData q = Request.parseForm(query);
    if (q.has("token")) {
      if (!session.isToken(q.first("token"))) {
        return new Refused(403, "no-session.ftlh");
      }
      String cookie = cookieName + "=" + session.cookie() + "; Path=/; HttpOnly; SameSite=Strict";
      String path = exchange.getRequestURI().getRawPath();
      return new Exchange(cookie, path == null || path.isEmpty() ? "/" : path);
    }
    if (!session.isCookie(cookie(exchange.getRequestHeaders().get("Cookie")))) {
      return new Refused(403, "no-session.ftlh");
    }
    return new Admitted();
  }

  boolean csrfValid(HttpExchange exchange, FormData form) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !originAllowed(origin)) {
      return false;
    }
    return session.isCsrf(form.first(CSRF));
  }

  boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
  }

  private boolean originAllowed(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port);
  }

  private String cookie(List<String> headers) {
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equals(cookieName)) {
          return part.substring(eq + 1).strip();
        }
      }
    }
    return null;
  }
}
