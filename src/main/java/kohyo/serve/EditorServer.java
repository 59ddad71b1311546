package kohyo.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kohyo.base.Home;
import kohyo.editor.Editor;
import kohyo.editor.FormData;
import kohyo.editor.Result;
import kohyo.render.TemplateRenderer;

/**
 * The editor's HTTP server: the JDK's {@code com.sun.net.httpserver} (no dependency, starts in a
 * tenth of a second), bound to 127.0.0.1 only.
 */
public final class EditorServer implements AutoCloseable {

  /** Forms are a few kilobytes; a case file may hold at most 1 MiB. */
  static final int MAX_BODY = 2 * 1024 * 1024;

  static final String LOOPBACK = "127.0.0.1";

  private final HttpServer server;
  private final ExecutorService threads;
  private final Session session = new Session();
  private final Guard guard;
  private final Routes routes;
  private final Pages pages;
  private final Assets assets;

  private EditorServer(HttpServer server, ExecutorService threads, Editor editor, Home home) {
    this.server = server;
    this.threads = threads;
    int port = server.getAddress().getPort();
    this.guard = new Guard(session, port);
    this.routes = new Routes(editor);
    this.pages = new Pages(home);
    this.assets = new Assets(home);
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port 0 picks a free port
   * @throws IOException when the port is taken or cannot be bound
   */
  public static EditorServer start(Editor editor, Home home, int port) throws IOException {
    InetAddress loopback = InetAddress.getByAddress(LOOPBACK, new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 16);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "kohyo-serve");
              t.setDaemon(true);
              return t;
            });
    EditorServer s = new EditorServer(server, threads, editor, home);
    server.createContext("/", s::handle);
    server.setExecutor(threads);
    server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The address to open: the start page with this run's token. */
  public URI url() {
    return URI.create("http://" + LOOPBACK + ":" + port() + "/?token=" + session.token());
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Headers h = exchange.getResponseHeaders();
      Guard.secureHeaders(h);
      Guard.Verdict verdict = guard.admit(exchange);
      if (verdict instanceof Guard.Refused refused) {
        drain(exchange);
        send(
            exchange,
            refused.status(),
            "text/html; charset=utf-8",
            page(refused.template(), Map.of()));
        return;
      }
      if (verdict instanceof Guard.Exchange ex) {
        drain(exchange);
        h.add("Set-Cookie", ex.cookie());
        h.set("Location", ex.location());
        send(exchange, 303, null, new byte[0]);
        return;
      }
      Optional<List<String>> segments = Request.segments(exchange.getRequestURI().getRawPath());
      if (segments.isEmpty()) {
        drain(exchange);
        send(exchange, 404, "text/html; charset=utf-8", page("not-found.ftlh", Map.of()));
        return;
      }
      String method = exchange.getRequestMethod();
      FormData query = Request.parseForm(exchange.getRequestURI().getRawQuery());
      FormData form = FormData.empty();
      if (method.equals("POST")) {
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
          send(exchange, 413, "text/html; charset=utf-8", page("too-large.ftlh", Map.of()));
          return;
        }
        form = Request.parseForm(new String(body.get(), StandardCharsets.US_ASCII));
        if (!guard.csrfValid(exchange, form)) {
          send(exchange, 403, "text/html; charset=utf-8", page("expired.ftlh", Map.of()));
          return;
        }
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        drain(exchange);
        h.set("Allow", "GET, POST");
        send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      Request request =
          new Request(method.equals("HEAD") ? "GET" : method, segments.get(), query, form);
      Optional<Assets.Asset> asset = assets.find(request);
      if (asset.isPresent()) {
        send(exchange, 200, asset.get().contentType(), asset.get().bytes());
        return;
      }
      respond(exchange, routes.route(request));
    } catch (IOException e) {
      // the browser went away; nothing to tell anyone
    } catch (RuntimeException e) {
      // never a stack trace or an exception's text (it may quote a case) to the browser or log
      // a template's failure names only the template and its line, which whoever edits it needs
      System.err.println(
          "kohyo serve: 内部エラー（"
              + (e instanceof TemplateRenderer.TemplateFailure
                  ? e.getMessage()
                  : e.getClass().getSimpleName())
              + "）");
      try {
        send(exchange, 500, "text/html; charset=utf-8", page("internal-error.ftlh", Map.of()));
      } catch (IOException | RuntimeException ignored) {
        // the response may have begun already
      }
    }
  }

  private void respond(HttpExchange exchange, Result result) throws IOException {
    Headers h = exchange.getResponseHeaders();
    if (result instanceof Result.Page p) {
      send(exchange, p.status(), "text/html; charset=utf-8", page(p.template(), p.model()));
    } else if (result instanceof Result.Redirect r) {
      h.set("Location", r.location());
      send(exchange, 303, null, new byte[0]);
    } else if (result instanceof Result.Download d) {
      String name = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
      h.set(
          "Content-Disposition",
          (d.inline() ? "inline" : "attachment") + "; filename*=UTF-8''" + name);
      send(exchange, 200, d.contentType(), d.bytes());
    }
  }

  private byte[] page(String template, Map<String, Object> model) {
    return pages.render(template, model, session.csrf()).getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The body, or empty when it is larger than {@link #MAX_BODY}. */
  private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > MAX_BODY) {
          drain(exchange);
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BODY) {
          drain(exchange);
          return Optional.empty();
        }
      }
      return Optional.of(out.toByteArray());
    }
  }

  /**
   * Reads and drops what is left of a body (up to a limit), so that the browser reads the answer
   * instead of a reset connection.
   */
  private static void drain(HttpExchange exchange) {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      long total = 0;
      int n;
      while (total <= 4L * MAX_BODY && (n = in.read(buffer)) > 0) {
        total += n;
      }
    } catch (IOException e) {
      // nothing to drain, or the client went away
    }
  }
}
