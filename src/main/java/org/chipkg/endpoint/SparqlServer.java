package org.chipkg.endpoint;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.chipkg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Apache Jena Fuseki server over a {@link KnowledgeStore}, at {@code /kg}: SPARQL query
 * at {@code /kg/sparql} (GET and POST, results by Accept header), the Graph Store Protocol
 * read-only at {@code /kg/data}, no update unless enabled, a query timeout always on; the
 * linked-data routes of {@link LinkedDataRoutes} (dereferencing, pages, VoID, dumps); and the query
 * and browse page of {@link WebPage} at {@code /}.
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

    /** Enables SPARQL Update and Graph Store writes at /kg (off by default). */
    public Builder allowUpdate(boolean allowUpdate) {
      this.allowUpdate = allowUpdate;
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
      store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
      FusekiServer.Builder b =
          FusekiServer.create()
              .port(port)
              .loopback(loopback)
              .enablePing(true)
              .add(DATASET, store.dataset(), allowUpdate);
      LinkedDataRoutes.register(b, LinkedDataSite.of(store.dataset(), base), DATASET);
      WebPage.register(b);
      return new SparqlServer(b.build());
    }
  }
}
