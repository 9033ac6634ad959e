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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps the answers of SPARQL queries to the read-only endpoint, byte for byte, for as long as the
 * store holds the same data: the key is the query text, the asked-for format and dataset, and the
 * store's {@linkplain org.chipkg.store.KnowledgeStore#dataVersion data version}, so any committed
 * write (an ingest beside the server, an authorised update) makes every older answer unreachable.
 * Only complete 200 answers up to a size are kept, least recently used first out when the total
 * passes the budget; errors, timeouts (503) and updates pass through. A request with {@code
 * Cache-Control: no-cache} is always evaluated (and its answer kept). Every query answer says
 * {@value #HEADER}{@code : hit} or {@code miss}.
 */
final class ResultCache implements Filter {
  /** Response header: whether the answer came from the cache. */
  static final String HEADER = "ChipKG-Cache";

  private static final List<String> KEPT_HEADERS =
      List.of("Content-Type", RowCapQuery.ROW_CAP, RowCapQuery.TRUNCATED, "Warning");

  private final LongSupplier version;
  private final long budget;
  private final long maxEntry;
  private final Map<String, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ResultCache(LongSupplier version, long budgetBytes) {
    this.version = version;
    this.budget = budgetBytes;
    this.maxEntry = Math.max(1, budgetBytes / 4);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    HttpServletResponse out = (HttpServletResponse) res;
    QueryRequest q = QueryRequest.of(http);
    if (q == null) {
      chain.doFilter(req, res);
      return;
    }
    long before = version.getAsLong();
    String key = before + "\n" + q.key();
    boolean noCache = String.valueOf(http.getHeader("Cache-Control")).contains("no-cache");
    CachedAnswer hit = noCache ? null : get(key);
    if (hit != null) {
      hit.writeTo(out);
      return;
    }
    out.setHeader(HEADER, "miss");
    TeeResponse tee = new TeeResponse(out, maxEntry);
    chain.doFilter(q.request(), tee);
    tee.flushBuffer();
    if (tee.getStatus() == 200 && tee.captured() != null && version.getAsLong() == before) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String h : KEPT_HEADERS) {
        if (tee.getHeader(h) != null) {
          headers.put(h, tee.getHeader(h));
        }
      }
      put(key, new CachedAnswer(headers, tee.captured()));
    }
  }

  private synchronized CachedAnswer get(String key) {
    return entries.get(key);
  }

  private synchronized void put(String key, CachedAnswer a) {
    CachedAnswer old = entries.put(key, a);
    bytes += a.size() - (old == null ? 0 : old.size());
    var it = entries.entrySet().iterator();
    while (bytes > budget && it.hasNext()) {
      bytes -= it.next().getValue().size();
      it.remove();
    }
  }

  /** A kept answer: the headers that describe it and its body. */
  record CachedAnswer(Map<String, String> headers, byte[] body) {
    long size() {
      return body.length + 256L;
    }

    void writeTo(HttpServletResponse out) throws IOException {
      out.setStatus(200);
      headers.forEach(out::setHeader);
      out.setHeader(HEADER, "hit");
      out.setContentLength(body.length);
      out.getOutputStream().write(body);
    }
  }

  /** The part of a request that decides its answer, or null when it is no query. */
  record QueryRequest(HttpServletRequest request, String query, String rest) {
    String key() {
      return query + "\n" + rest;
    }

    static QueryRequest of(HttpServletRequest http) throws IOException {
      String method = http.getMethod();
      String type = String.valueOf(http.getContentType());
      HttpServletRequest request = http;
      String query;
      if (method.equals("POST") && type.startsWith("application/sparql-query")) {
        byte[] body = http.getInputStream().readAllBytes();
        query = new String(body, StandardCharsets.UTF_8);
        request = new ReplayRequest(http, body);
      } else if (method.equals("GET") || method.equals("POST")) {
        query = http.getParameter("query");
      } else {
        return null;
      }
      if (query == null || http.getParameter("update") != null) {
        return null;
      }
      String rest =
          String.join(
              "\n",
              String.valueOf(http.getHeader("Accept")),
              String.valueOf(http.getParameter("format")),
              String.valueOf(http.getParameter("output")),
              String.join(" ", values(http, "default-graph-uri")),
              String.join(" ", values(http, "named-graph-uri")));
      return new QueryRequest(request, query, rest);
    }

    private static String[] values(HttpServletRequest http, String name) {
      String[] v = http.getParameterValues(name);
      return v == null ? new String[0] : v;
    }
  }
}
