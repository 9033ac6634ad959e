package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Serves files from the classpath (the jar) read-only: either one fixed file, or the file named by
 * the request's path below the servlet's mapping. Only plain names of known types are served
 * ({@code a-z0-9._-} segments, no {@code ..}); anything else is a 404.
 */
final class ClasspathServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "rq", "application/sparql-query; charset=utf-8",
          "txt", "text/plain; charset=utf-8");

  /** A security policy that keeps the page to its own origin: no CDN, no third-party calls. */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

  private final String root;
  private final String fixed;

  private ClasspathServlet(String root, String fixed) {
    this.root = root;
    this.fixed = fixed;
  }

  /** Serves {@code root + path} for every path below the mapping, e.g. {@code web/app.js}. */
  static ClasspathServlet directory(String root) {
    return new ClasspathServlet(Objects.requireNonNull(root, "root"), null);
  }

  /** Serves one classpath file whatever the path, e.g. {@code web/index.html} at {@code /}. */
  static ClasspathServlet file(String resource) {
    return new ClasspathServlet("", "/" + Objects.requireNonNull(resource, "resource"));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = fixed != null ? fixed : req.getPathInfo();
    String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    URL url =
        type == null || !SAFE.matcher(path).matches() || path.contains("..")
            ? null
            : ClasspathServlet.class.getClassLoader().getResource(root + path.substring(1));
    if (url == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not found: " + req.getRequestURI());
      return;
    }
    byte[] body;
    try (InputStream in = url.openStream()) {
      body = in.readAllBytes();
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(type);
    resp.setContentLength(body.length);
    resp.setHeader("Cache-Control", "no-cache");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (type.startsWith("text/html")) {
      resp.setHeader("Content-Security-Policy", POLICY);
    }
    try (OutputStream out = resp.getOutputStream()) {
      out.write(body);
    }
  }
}
