package org.chipkg.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses requests larger than a limit before Fuseki reads them: a body whose declared length is
 * over it (413), a body of undeclared length (411, so no chunked stream can grow unbounded), a
 * query string over it (414).
 */
final class RequestLimit implements Filter {
  private final long maxBytes;

  RequestLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    HttpServletResponse out = (HttpServletResponse) res;
    String qs = http.getQueryString();
    long length = http.getContentLengthLong();
    if (qs != null && qs.length() > maxBytes) {
      out.sendError(414, "query string of " + qs.length() + " bytes exceeds " + maxBytes);
    } else if (length > maxBytes) {
      out.sendError(413, "request body of " + length + " bytes exceeds " + maxBytes);
    } else if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
      out.sendError(411, "a request body needs a Content-Length (limit " + maxBytes + " bytes)");
    } else {
      chain.doFilter(req, res);
    }
  }
}
