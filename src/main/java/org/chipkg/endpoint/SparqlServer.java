package org.chipkg.endpoint;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.chipkg.rdf.RemoteContexts;
import org.chipkg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Apache Jena Fuseki server over a {@link KnowledgeStore}, at {@code /kg}: SPARQL query
 * at {@code /kg/sparql} (GET and POST, results by Accept header), the Graph Store Protocol
 * read-only at {@code /kg/data}; the linked-data routes of {@link LinkedDataRoutes} (dereferencing,
 * pages, VoID, dumps); and the query and browse page of {@link WebPage} at {@code /}. Limits always
 * on: a query timeout (30 s), a row cap signalled in the {@code ChipKG-Row-Cap} and {@code
 * ChipKG-Truncated} headers (10,000 rows), a request-size limit (1 MiB), no federated {@code
 * SERVICE}, no remote JSON-LD contexts. Query answers are kept until the store's data changes
 * ({@link ResultCache}, 64 MiB). SPARQL Update and Graph Store writes only when enabled, and then
 * only with the update secret.
 *
 * <pre>{@code
 * try (SparqlServer s = SparqlServer.builder().store(store).port(0).build().start()) {
 *   String url = s.baseUrl() + "/kg/sparql";
 * }
 * }</pre>
 */
public final class SparqlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);
  public static final String DATASET = "/kg";
  private final FusekiServer server;

  private SparqlServer(FusekiServer server) {
    this.server = server;
  }

  public static Builder builder() {
    return new Builder();
  }

  public SparqlServer start() {
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new EndpointException("cannot start SPARQL server: " + e.getMessage(), e);
    }
    LOG.info("SPARQL endpoint at {}{}/sparql", baseUrl(), DATASET);
    return this;
  }

  public int port() {
    return server.getHttpPort();
  }

  /** {@code http://host:port}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port();
  }

  public String sparqlUrl() {
    return baseUrl() + DATASET + "/sparql";
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Builds a server; every setter checks its argument. */
  public static final class Builder {
    private KnowledgeStore store;
    private int port = 3030;
    private boolean loopback = true;
    private Duration timeout = Duration.ofSeconds(30);
    private boolean allowUpdate;
    private String base = org.chipkg.rdf.Iris.DEFAULT_BASE;
    private String updateSecret;
    private long maxRows = 10_000;
    private long maxRequestBytes = 1024 * 1024;
    private boolean allowService;
    private long resultCacheBytes = 64L * 1024 * 1024;

    public Builder store(KnowledgeStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Port to listen on; 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** True (default) to listen on loopback only, false for every interface. */
    public Builder loopback(boolean loopback) {
      this.loopback = loopback;
      return this;
    }

    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Enables SPARQL Update and Graph Store writes at /kg (off by default) for requests that carry
     * {@code secret} as a bearer token or a Basic password.
     */
    public Builder allowUpdate(String secret) {
      if (secret == null || secret.isBlank()) {
        throw new IllegalArgumentException("updates need a non-blank secret");
      }
      this.allowUpdate = true;
      this.updateSecret = secret;
      return this;
    }

    /** Largest number of result rows (SELECT) or solutions (CONSTRUCT, DESCRIBE) sent. */
    public Builder maxRows(long maxRows) {
      if (maxRows < 1) {
        throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
      }
      this.maxRows = maxRows;
      return this;
    }

    /** Largest request body or query string accepted, in bytes. */
    public Builder maxRequestBytes(long maxRequestBytes) {
      if (maxRequestBytes < 1024) {
        throw new IllegalArgumentException("maxRequestBytes below 1024: " + maxRequestBytes);
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * Memory for query answers kept by {@link ResultCache} until the store's data changes (default
     * 64 MiB; one answer at most a quarter of it); 0 turns the cache off.
     */
    public Builder resultCacheBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("resultCacheBytes must not be negative: " + bytes);
      }
      this.resultCacheBytes = bytes;
      return this;
    }

    /** Allows federated {@code SERVICE} calls from queries (off by default). */
    public Builder allowService(boolean allowService) {
      this.allowService = allowService;
      return this;
    }

    /**
     * The IRI base the store was written with (default {@code https://w3id.org/chipkg/}); IRIs
     * under it are dereferenced at this server's own paths ({@code /id/…}, {@code /claim/…}).
     */
    public Builder base(String base) {
      this.base = new org.chipkg.rdf.Iris(base).base();
      return this;
    }

    public SparqlServer build() {
      Objects.requireNonNull(store, "store is required");
      RemoteContexts.refuse();
      JsonResults.install();
      store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
      store.dataset().getContext().set(ARQ.httpServiceAllowed, allowService);
      FusekiServer.Builder b =
          FusekiServer.create()
              .port(port)
              .loopback(loopback)
              .enablePing(true)
              .registerOperation(Operation.Query, new RowCapQuery(maxRows))
              .addFilter("/*", new RequestLimit(maxRequestBytes))
              .add(DATASET, store.dataset(), allowUpdate);
      if (resultCacheBytes > 0) {
        ResultCache cache = new ResultCache(store::dataVersion, resultCacheBytes);
        b.addFilter(DATASET, cache).addFilter(DATASET + "/*", cache);
      }
      LinkedDataRoutes.register(b, LinkedDataSite.of(store.dataset(), base), DATASET);
      WebPage.register(b);
      if (allowUpdate) {
        b.addFilter(DATASET + "/*", new UpdateAuth(updateSecret));
      }
      return new SparqlServer(b.build());
    }
  }
}
