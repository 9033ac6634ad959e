package org.chipkg.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

/**
 * Lets a write through only with the secret: {@code Authorization: Bearer SECRET} or HTTP Basic
 * with any user name and SECRET as the password. Reads (GET, HEAD, OPTIONS, and POST to the query
 * endpoint) need none. A missing or wrong secret is answered 401.
 */
final class UpdateAuth implements Filter {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private final byte[] secret;

  UpdateAuth(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    String path = http.getRequestURI();
    boolean read =
        READS.contains(http.getMethod()) || path.endsWith("/sparql") || path.endsWith("/query");
    if (read || authorised(http.getHeader("Authorization"))) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletResponse out = (HttpServletResponse) res;
    out.setHeader("WWW-Authenticate", "Bearer realm=\"chipkg\", Basic realm=\"chipkg\"");
    out.sendError(401, "writes need the update secret (Bearer token or Basic password)");
  }

  private boolean authorised(String header) {
    if (header == null) {
      return false;
    }
    String given;
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = header.substring(7).trim();
    } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      int colon = decoded.indexOf(':');
      given = colon < 0 ? "" : decoded.substring(colon + 1);
    } else {
      return false;
    }
    return MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
  }
}
